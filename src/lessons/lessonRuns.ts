import type { Scenario } from '../scenario/scenario.ts';
import type { WorldSpec } from '../sim/worldSpec.ts';
import { lessonSpec } from './lessonSpec.ts';
import type { ChallengePart, LessonStep } from './lessonTypes.ts';
import type { ScenarioFiles } from './scenarioFiles.ts';
import { specKey } from './specKey.ts';

/**
 * Every run a lesson's page starts, compiled at build time by `specKey` (a
 * lesson's `specs`): each step's scenario and comparison, and each challenge's
 * start and solution with the challenge's goals in place of their own. The
 * files come from `scenarios`, which has loaded and compiled them already.
 */
export function lessonRuns(
  steps: readonly Pick<LessonStep, 'sim' | 'parts'>[],
  scenarios: Pick<ScenarioFiles, 'loaded'>,
): Record<string, WorldSpec> {
  const specs: Record<string, WorldSpec> = {};
  const add = (file: string | null | undefined, challenge: ChallengePart | null = null) => {
    const loaded = file ? scenarios.loaded(file) : undefined;
    if (!loaded) return;
    specs[specKey(loaded.name, challenge?.id ?? null)] = challenge
      ? lessonSpec(loaded.scenario as Scenario, challenge.goals)
      : loaded.spec;
  };
  for (const step of steps) {
    add(step.sim?.scenario);
    add(step.sim?.compare);
    for (const part of step.parts) {
      if (part.kind !== 'challenge') continue;
      add(part.start, part);
      add(part.solution, part);
    }
  }
  return specs;
}
