import { transform } from 'sucrase';
import type { SourceProblem } from '../sourceProblem.ts';
import { findNotPlain } from './plainData.ts';

/** The result of running a scenario's code: its default export as plain data, or what went wrong. */
export type Evaluation = { ok: true; scenario: unknown } | { ok: false; problems: SourceProblem[] };

/** Line and column (1-based) of a compile error message like "Unexpected token (3:5)". */
function compileLocation(message: string): { line: number | null; column: number | null } {
  const m = /\((\d+):(\d+)\)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) + 1 } : { line: null, column: null };
}

/**
 * Where a thrown error comes from in the scenario's source. The compiled
 * code keeps the source's lines (sucrase preserves them); `new Function`
 * adds `headerLines` lines in front (measured once, see `functionHeaderLines`).
 */
function runtimeLocation(
  error: unknown,
  headerLines: number,
): { line: number | null; column: number | null } {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  // Chromium: "at eval (eval at ..., <anonymous>:5:9)" / "at <anonymous>:5:9"; Firefox: "Function:5:9".
  const m = /(?:<anonymous>|Function|anonymous):(\d+):(\d+)/.exec(stack);
  if (!m) return { line: null, column: null };
  const line = Number(m[1]) - headerLines;
  return line >= 1 ? { line, column: Number(m[2]) } : { line: null, column: null };
}

/** How many lines `new Function` puts before the body, on this engine. */
export function functionHeaderLines(): number {
  try {
    new Function('\nthrow new Error("probe")')();
  } catch (error) {
    const m = /(?:<anonymous>|Function|anonymous):(\d+):\d+/.exec((error as Error).stack ?? '');
    if (m) return Number(m[1]) - 2;
  }
  return 2;
}

function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return `${thrown.name}: ${thrown.message}`;
  let shown: string;
  try {
    shown = typeof thrown === 'string' ? JSON.stringify(thrown) : String(thrown);
  } catch {
    shown = 'a value that cannot be shown';
  }
  return `the scenario threw ${shown} (not an Error)`;
}

/**
 * Compiles a scenario's TypeScript to JavaScript, runs it with `cloudscope`
 * as its only importable module, and returns its default export if it is
 * plain data. Meant to run inside the sandbox worker, never on the page.
 */
export function evaluateSource(
  source: string,
  api: Record<string, unknown>,
  headerLines: number,
): Evaluation {
  let code: string;
  try {
    code = transform(source, {
      transforms: ['typescript', 'imports'],
      filePath: 'scenario.ts',
    }).code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ kind: 'syntax', message, ...compileLocation(message), path: null }],
    };
  }
  const module: { exports: Record<string, unknown> } = { exports: {} };
  const require = (name: string): unknown => {
    if (name === 'cloudscope') return api;
    throw new Error(`only 'cloudscope' can be imported in a scenario, not '${name}'`);
  };
  let run: (require: unknown, module: unknown, exports: unknown) => void;
  try {
    run = new Function('require', 'module', 'exports', code) as typeof run;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ kind: 'syntax', message, line: null, column: null, path: null }],
    };
  }
  try {
    run(require, module, module.exports);
  } catch (thrown) {
    return {
      ok: false,
      problems: [
        {
          kind: 'runtime',
          message: describeThrown(thrown),
          ...runtimeLocation(thrown, headerLines),
          path: null,
        },
      ],
    };
  }
  let scenario: unknown;
  try {
    scenario = module.exports.default;
  } catch (thrown) {
    return {
      ok: false,
      problems: [
        { kind: 'runtime', message: describeThrown(thrown), line: null, column: null, path: null },
      ],
    };
  }
  if (scenario === undefined) {
    return {
      ok: false,
      problems: [
        {
          kind: 'output',
          message:
            'the scenario has no default export: end it with `export default defineScenario({ ... })`',
          line: null,
          column: null,
          path: null,
        },
      ],
    };
  }
  const notPlain = findNotPlain(scenario);
  if (notPlain) {
    return {
      ok: false,
      problems: [
        {
          kind: 'output',
          message: notPlain.message,
          line: null,
          column: null,
          path: notPlain.path || null,
        },
      ],
    };
  }
  return { ok: true, scenario };
}
