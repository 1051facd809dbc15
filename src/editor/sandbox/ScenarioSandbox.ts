import { compileScenario } from '../../scenario/compileScenario.ts';
import type { WorldSpec } from '../../sim/worldSpec.ts';
import type { SourceProblem } from '../sourceProblem.ts';
import { locatePath } from './locatePath.ts';
import { isSandboxReply, type SandboxRequest } from './sandboxProtocol.ts';

/** A scenario from the sandbox, checked: the engine's input, or located problems. */
export type SandboxOutcome =
  { ok: true; scenario: unknown; spec: WorldSpec } | { ok: false; problems: SourceProblem[] };

/** What the worker said, before the schema looked at it. */
type Raw = { ok: true; scenario: unknown } | { ok: false; problems: SourceProblem[] };

/** How long a scenario may take to build itself before it is stopped. */
export const SANDBOX_TIMEOUT_MS = 2000;
/** More stray messages than this during one evaluation and the sandbox is replaced. */
const MAX_STRAY_MESSAGES = 20;

export interface SandboxWorker {
  postMessage(message: SandboxRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

function defaultWorker(): SandboxWorker {
  return new Worker(new URL('./sandboxWorker.ts', import.meta.url), {
    type: 'module',
    name: 'scenario sandbox',
  });
}

function problem(kind: SourceProblem['kind'], message: string): SourceProblem {
  return { kind, message, line: null, column: null, path: null };
}

/**
 * The page's side of the sandbox. Scenario code never runs on the page: it
 * is sent to a dedicated worker, which has no network or storage and returns
 * plain data. A scenario that does not finish within 2 s is stopped (the
 * worker is terminated and replaced). What comes back is checked for shape,
 * then compiled with the scenario schema; schema errors are placed in the
 * source by their path.
 */
export class ScenarioSandbox {
  private worker: SandboxWorker | null = null;
  private nextId = 1;
  private pending: {
    id: number;
    resolve: (outcome: Raw) => void;
    timer: ReturnType<typeof setTimeout>;
    stray: number;
  } | null = null;

  constructor(
    private readonly makeWorker: () => SandboxWorker = defaultWorker,
    private readonly timeoutMs = SANDBOX_TIMEOUT_MS,
  ) {}

  /** Evaluates a scenario's source. A new call supersedes one still running. */
  async evaluate(source: string): Promise<SandboxOutcome> {
    const raw = await this.run(source);
    return raw.ok ? this.check(raw.scenario, source) : this.locate(raw, source);
  }

  private run(source: string): Promise<Raw> {
    if (this.pending) this.restart(problem('timeout', 'replaced by a newer run'));
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<Raw>((resolve) => {
      const timer = setTimeout(() => {
        this.restart(
          problem(
            'timeout',
            `The scenario did not finish building within ${this.timeoutMs / 1000} s and was stopped. Is there an endless loop?`,
          ),
        );
      }, this.timeoutMs);
      this.pending = { id, resolve, timer, stray: 0 };
      worker.postMessage({ id, source });
    });
  }

  dispose(): void {
    if (this.pending) this.restart(problem('timeout', 'the sandbox was closed'));
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): SandboxWorker {
    if (this.worker) return this.worker;
    const worker = this.makeWorker();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.restart(
        problem(
          'runtime',
          `the sandbox failed: ${event.message || 'the scenario crashed it (too much memory?)'}`,
        ),
      );
    };
    this.worker = worker;
    return worker;
  }

  /** Ends the current evaluation with a problem and replaces the worker. */
  private restart(reason: SourceProblem): void {
    this.worker?.terminate();
    this.worker = null;
    const pending = this.pending;
    this.pending = null;
    if (pending) {
      clearTimeout(pending.timer);
      pending.resolve({ ok: false, problems: [reason] });
    }
  }

  private receive(data: unknown): void {
    const pending = this.pending;
    if (!pending) return;
    if (!isSandboxReply(data, pending.id)) {
      if (++pending.stray > MAX_STRAY_MESSAGES)
        this.restart(
          problem('output', 'the scenario flooded the page with messages and was stopped'),
        );
      return;
    }
    clearTimeout(pending.timer);
    this.pending = null;
    pending.resolve(
      data.ok ? { ok: true, scenario: data.scenario } : { ok: false, problems: data.problems },
    );
  }

  private locate(
    outcome: { ok: false; problems: SourceProblem[] },
    source: string,
  ): SandboxOutcome {
    return {
      ok: false,
      problems: outcome.problems.map((p) => {
        if (p.line !== null || !p.path) return p;
        const at = locatePath(source, p.path);
        return at ? { ...p, ...at } : p;
      }),
    };
  }

  private check(scenario: unknown, source: string): SandboxOutcome {
    const compiled = compileScenario(scenario);
    if (compiled.ok) return { ok: true, scenario, spec: compiled.spec };
    return this.locate(
      {
        ok: false,
        problems: compiled.errors.map((e) => ({
          kind: 'validation' as const,
          message: e.message,
          line: null,
          column: null,
          path: e.path || null,
        })),
      },
      source,
    );
  }
}
