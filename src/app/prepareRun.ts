import type { SourceProblem } from '../editor/sourceProblem.ts';
import { t } from '../i18n/t.ts';
import { compileScenario } from '../scenario/compileScenario.ts';
import type { Goal, Scenario } from '../scenario/scenario.ts';
import type { WorldSpec } from '../sim/worldSpec.ts';

/** What becomes of a reader's scenario that passed the sandbox and the schema. */
export type Prepared = { ok: true; spec: WorldSpec } | { ok: false; problems: SourceProblem[] };

/**
 * A reader's scenario, ready to run: with a challenge's goals in place of its
 * own (editing the goals must not win a challenge). A goal the edited
 * scenario can no longer measure (a service renamed away) is a problem the
 * reader must see, named by the goal's label.
 */
export function prepareRun(scenario: Scenario, goals: Goal[] | null = null): Prepared {
  const compiled = compileScenario(goals ? { ...scenario, goals } : scenario);
  if (compiled.ok) return { ok: true, spec: compiled.spec };
  return {
    ok: false,
    problems: compiled.errors.map((error) => {
      const goal = goals ? /^goals\[(\d+)\]/.exec(error.path) : null;
      const label = goal ? goals?.[Number(goal[1])]?.label : undefined;
      return {
        kind: 'validation',
        message: goal
          ? t('edit.goalProblem', { goal: label ?? error.path, message: error.message })
          : error.message,
        line: null,
        column: null,
        path: goal ? null : error.path || null,
      };
    }),
  };
}
