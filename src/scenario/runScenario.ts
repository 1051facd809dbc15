import { simulate, type Run } from '../sim/simulate.ts';
import type { EngineOptions } from '../sim/engine.ts';
import { compileScenario } from './compileScenario.ts';
import type { ScenarioError } from './problems.ts';

export type ScenarioRun = { ok: true; run: Run } | { ok: false; errors: ScenarioError[] };

/** Compiles a scenario and, if it is valid, runs it to the end. */
export function runScenario(
  input: unknown,
  options: EngineOptions & { seed?: number; untilMs?: number } = {},
): ScenarioRun {
  const compiled = compileScenario(input, undefined);
  if (!compiled.ok) return compiled;
  const spec = { ...compiled.spec };
  if (options.seed !== undefined) spec.seed = options.seed;
  if (options.untilMs !== undefined) spec.durationMs = Math.min(spec.durationMs, options.untilMs);
  return { ok: true, run: simulate(spec, options) };
}
