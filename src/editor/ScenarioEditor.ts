/*
 * The one class in front of Monaco. Load this module only with a dynamic
 * `import()`: it brings the editor core, the TypeScript language and their
 * workers (megabytes), which must never be part of the first page load.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/typescript/register';
import {
  getTypeScriptWorker,
  typescriptDefaults,
  type Diagnostic,
  type ModuleResolutionKind,
  type ScriptTarget,
  type TypeScriptWorker,
} from 'monaco-editor/languages/features/typescript/register';
import apiTypes from 'virtual:cloudscope-api-types';
import { t } from '../i18n/t.ts';
import { diagnosticProblems } from './diagnosticProblems.ts';
import { EDITOR_THEME_DATA, EDITOR_THEMES } from './editorThemes.ts';
import { setupMonacoEnvironment } from './monacoSetup.ts';
import { problemMarkers } from './problemMarkers.ts';
import type { SourceProblem } from './sourceProblem.ts';

/** Where the scenario API's declarations live for the TypeScript service. */
export const API_TYPES_PATH = 'file:///node_modules/@types/cloudscope/index.d.ts';
/** Owner of the markers set with `setProblems` (TypeScript's own are `'typescript'`). */
export const PROBLEM_OWNER = 'cloudscope';

/** Options of `ScenarioEditor.create`. */
export interface ScenarioEditorOptions {
  /** The scenario's source text. */
  value: string;
  /** Path of the file, e.g. `'/lessons/start/tour/start.ts'`: the model's URI, shown in messages. */
  path: string;
  theme: 'light' | 'dark';
  /** What assistive technology announces for the editor, e.g. "Scenario code". */
  ariaLabel: string;
  /** Called with the whole text after each edit by the reader (not when `value` is set). */
  onChange?: (value: string) => void;
  /** Called on Ctrl+Enter (Cmd+Enter on a Mac), and by the "Run the scenario" command. */
  onRun?: () => void;
}

// TypeScript's ScriptTarget.ES2022, ModuleKind.ESNext and ModuleResolutionKind.Bundler
// (the worker passes the numbers to its TypeScript; Monaco's own enums stop earlier).
const ES2022 = 9 as ScriptTarget;
const ESNEXT = 99;
const BUNDLER = 100 as ModuleResolutionKind;

let configured = false;

/** Once per page: workers, TypeScript settings, the scenario API's declarations, the themes. */
function configureMonaco(): void {
  if (configured) return;
  configured = true;
  setupMonacoEnvironment();
  typescriptDefaults.setCompilerOptions({
    strict: true,
    target: ES2022,
    module: ESNEXT,
    moduleResolution: BUNDLER,
    lib: ['es2022'],
    types: [],
    noEmit: true,
    allowNonTsExtensions: true,
  });
  typescriptDefaults.setDiagnosticsOptions({
    noSemanticValidation: false,
    noSyntaxValidation: false,
  });
  typescriptDefaults.addExtraLib(apiTypes, API_TYPES_PATH);
  monaco.editor.defineTheme(EDITOR_THEMES.light, EDITOR_THEME_DATA.light);
  monaco.editor.defineTheme(EDITOR_THEMES.dark, EDITOR_THEME_DATA.dark);
}

/** A model for `path`, or for a free variant of it when another editor shows that path. */
function createModel(value: string, path: string): monaco.editor.ITextModel {
  const clean = `/${path.replace(/^\/+/, '')}`;
  for (let n = 1; ; n++) {
    const uri = monaco.Uri.file(n === 1 ? clean : `/editor-${n}${clean}`);
    const existing = monaco.editor.getModel(uri);
    if (existing && existing.isAttachedToEditor()) continue;
    existing?.dispose();
    return monaco.editor.createModel(value, 'typescript', uri);
  }
}

/**
 * A TypeScript editor for one scenario file, with completions, hover help and
 * type checking against the `'cloudscope'` API (its JSDoc is the help).
 *
 * ```ts
 * const { ScenarioEditor } = await import('./ScenarioEditor.ts');
 * const editor = await ScenarioEditor.create(host, { value, path, theme, ariaLabel, onRun });
 * editor.setProblems(problemsFromTheSandbox);
 * const typeErrors = await editor.typeProblems();
 * editor.dispose();
 * ```
 */
export class ScenarioEditor {
  readonly #editor: monaco.editor.IStandaloneCodeEditor;
  readonly #model: monaco.editor.ITextModel;
  readonly #disposables: monaco.IDisposable[] = [];
  #settingValue = false;

  private constructor(host: HTMLElement, options: ScenarioEditorOptions) {
    configureMonaco();
    this.#model = createModel(options.value, options.path);
    this.#editor = monaco.editor.create(host, {
      model: this.#model,
      theme: EDITOR_THEMES[options.theme],
      ariaLabel: options.ariaLabel,
      accessibilitySupport: 'on',
      automaticLayout: true,
      fixedOverflowWidgets: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      // Scenario files are short: wrapping beats sideways scrolling in a narrow column or a phone.
      wordWrap: 'on',
      wrappingIndent: 'indent',
      stickyScroll: { enabled: false },
      fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace",
      fontSize: 14,
      lineNumbersMinChars: 3,
      tabSize: 2,
      insertSpaces: true,
      wordBasedSuggestions: 'off',
      quickSuggestions: { other: true, comments: false, strings: true },
      padding: { top: 8, bottom: 8 },
    });
    this.#editor.addAction({
      id: 'cloudscope.run',
      label: t('editor.run'),
      keybindings: [
        monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter,
        monaco.KeyMod.WinCtrl | monaco.KeyCode.Enter,
      ],
      run: () => options.onRun?.(),
    });
    const onChange = options.onChange;
    if (onChange) {
      this.#disposables.push(
        this.#model.onDidChangeContent(() => {
          if (!this.#settingValue) onChange(this.#model.getValue());
        }),
      );
    }
  }

  /**
   * Creates the editor inside `host` (which should have a size: the editor
   * fills it and follows its resizes). Monaco's workers start on demand.
   */
  static async create(host: HTMLElement, options: ScenarioEditorOptions): Promise<ScenarioEditor> {
    return new ScenarioEditor(host, options);
  }

  /** The source text. Setting it replaces the text as one undoable edit, without `onChange`. */
  get value(): string {
    return this.#model.getValue();
  }

  set value(text: string) {
    if (text === this.#model.getValue()) return;
    this.#settingValue = true;
    try {
      this.#editor.pushUndoStop();
      this.#editor.executeEdits('cloudscope', [{ range: this.#model.getFullModelRange(), text }]);
      this.#editor.pushUndoStop();
    } finally {
      this.#settingValue = false;
    }
  }

  /** Follows the site's theme. (Monaco has one theme per page: every editor changes.) */
  setTheme(theme: 'light' | 'dark'): void {
    monaco.editor.setTheme(EDITOR_THEMES[theme]);
  }

  /**
   * Shows problems found elsewhere (the sandbox's runtime and schema errors)
   * as inline markers; those without a line are not shown here. Replaces the
   * previous ones; `[]` clears them. TypeScript's own markers are separate.
   */
  setProblems(problems: readonly SourceProblem[]): void {
    const markers = problemMarkers(
      problems,
      { lineCount: this.#model.getLineCount(), line: (n) => this.#model.getLineContent(n) },
      (kind) => t(`editor.kind.${kind}`),
    );
    monaco.editor.setModelMarkers(
      this.#model,
      PROBLEM_OWNER,
      markers.map((m) => ({ ...m, severity: monaco.MarkerSeverity.Error })),
    );
  }

  /**
   * TypeScript's errors in the current text (syntax, then types), 1-based
   * lines and columns. Asks the TypeScript worker directly, after it has the
   * current text, so an answer is never about an older version.
   */
  async typeProblems(): Promise<SourceProblem[]> {
    const uri = this.#model.uri;
    for (let tries = 0; ; tries++) {
      if (this.#model.isDisposed()) return [];
      const version = this.#model.getVersionId();
      const worker = await (await typeScriptWorker())(uri);
      const fileName = uri.toString();
      const [syntactic, semantic] = await Promise.all([
        worker.getSyntacticDiagnostics(fileName),
        worker.getSemanticDiagnostics(fileName),
      ]);
      if (this.#model.isDisposed()) return [];
      if (this.#model.getVersionId() !== version && tries < 20) continue;
      const positionAt = (offset: number) => {
        const p = this.#model.getPositionAt(offset);
        return { line: p.lineNumber, column: p.column };
      };
      return [
        ...diagnosticProblems(syntactic, 'syntax', positionAt),
        ...diagnosticProblems(semantic as Diagnostic[], 'type', positionAt),
      ];
    }
  }

  focus(): void {
    this.#editor.focus();
  }

  /** Puts the cursor at a 1-based line and column, scrolls there, and focuses the editor. */
  goTo(line: number, column = 1): void {
    const position = { lineNumber: line, column };
    this.#editor.setPosition(position);
    this.#editor.revealPositionInCenterIfOutsideViewport(position);
    this.#editor.focus();
  }

  /** Fits the editor to its host again (it also follows the host's resizes by itself). */
  layout(): void {
    this.#editor.layout();
  }

  /** Removes the editor and its model. The workers stay for the next editor. */
  dispose(): void {
    for (const d of this.#disposables) d.dispose();
    this.#editor.dispose();
    this.#model.dispose();
  }
}

/** The TypeScript worker accessor, once the language is set up (it starts with the first model). */
async function typeScriptWorker(): Promise<(...uris: monaco.Uri[]) => Promise<TypeScriptWorker>> {
  for (let tries = 0; ; tries++) {
    try {
      return await getTypeScriptWorker();
    } catch (error) {
      // "TypeScript not registered!" until the language mode has loaded.
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
