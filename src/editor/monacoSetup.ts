import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TypeScriptWorker from 'monaco-editor/language/typescript/ts.worker?worker';

let done = false;

/**
 * Tells Monaco how to start its web workers (Vite bundles each as its own
 * file): the TypeScript language service for TypeScript and JavaScript, the
 * plain editor worker for the rest. Without it Monaco cannot start a worker.
 * Safe to call more than once.
 */
export function setupMonacoEnvironment(): void {
  if (done) return;
  done = true;
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      return label === 'typescript' || label === 'javascript'
        ? new TypeScriptWorker()
        : new EditorWorker();
    },
  };
}
