// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lessonRuns } from '../../../src/lessons/lessonRuns.ts';
import { lessonSpec } from '../../../src/lessons/lessonSpec.ts';
import type { ChallengePart, LessonStep, SimPart } from '../../../src/lessons/lessonTypes.ts';
import type { LoadedScenario } from '../../../src/lessons/scenarioFiles.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';

const base: Scenario = {
  duration: '1m',
  services: { web: { work: '5ms' } },
  traffic: { users: { to: 'web', rate: 10 } },
};
const files: Record<string, Scenario> = {
  'start.ts': base,
  'solution.ts': { ...base, services: { web: { work: '2ms' } } },
  'other.ts': { ...base, duration: '2m' },
};
const scenarios = {
  loaded: (name: string): LoadedScenario | undefined =>
    files[name]
      ? { name, path: `/l/${name}`, scenario: files[name], spec: lessonSpec(files[name]) }
      : undefined,
};

const sim = { kind: 'sim', scenario: 'start.ts', compare: 'other.ts' } as SimPart;
const challenge = {
  kind: 'challenge',
  id: 'fix',
  start: 'start.ts',
  solution: 'solution.ts',
  goals: [{ noLoss: 'users', label: 'nothing lost' }],
} as ChallengePart;
const steps = [
  { sim, parts: [sim] },
  { sim, parts: [challenge] },
] as Pick<LessonStep, 'sim' | 'parts'>[];

describe('lessonRuns', () => {
  it('compiles each run the page starts, once, by its key', () => {
    const runs = lessonRuns(steps, scenarios);
    expect(Object.keys(runs).sort()).toEqual([
      'other.ts',
      'solution.ts#fix',
      'start.ts',
      'start.ts#fix',
    ]);
    expect(runs['start.ts']).toEqual(lessonSpec(base));
    expect(runs['other.ts'].durationMs).toBe(120_000);
  });

  it('gives a challenge’s runs the challenge’s goals', () => {
    const runs = lessonRuns(steps, scenarios);
    expect(runs['start.ts#fix']).toEqual(lessonSpec(base, challenge.goals));
    expect(runs['solution.ts#fix'].goals).toEqual([
      { kind: 'noLoss', label: 'nothing lost', traffic: 'users' },
    ]);
    expect(runs['start.ts'].goals).toEqual([]);
  });

  it('has nothing for a lesson without simulations', () => {
    expect(lessonRuns([{ sim: null, parts: [] }], scenarios)).toEqual({});
  });
});
