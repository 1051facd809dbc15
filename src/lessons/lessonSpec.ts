import { compileScenario } from '../scenario/compileScenario.ts';
import { formatError } from '../scenario/problems.ts';
import type { Goal, Scenario } from '../scenario/scenario.ts';
import type { WorldSpec } from '../sim/worldSpec.ts';

/**
 * A lesson scenario's engine input, with the goals a challenge checks in place
 * of the scenario's own (a reader must not be able to win by editing goals).
 * Used when the site is built (`lessonRuns`), after the scenario was checked,
 * so an error here is a bug: it says where.
 */
export function lessonSpec(scenario: Scenario, goals: Goal[] | null = null): WorldSpec {
  const compiled = compileScenario(goals ? { ...scenario, goals } : scenario);
  if (!compiled.ok) throw new Error(compiled.errors.map(formatError).join('\n'));
  return compiled.spec;
}
