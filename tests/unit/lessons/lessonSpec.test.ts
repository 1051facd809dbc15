import { describe, expect, it } from 'vitest';
import { lessonSpec } from '../../../src/lessons/lessonSpec.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';

const scenario: Scenario = {
  duration: '1m',
  services: { web: { work: '5ms' } },
  traffic: { users: { to: 'web', rate: 10 } },
  goals: [{ costBelow: 1000, label: 'cheap' }],
};

describe('lessonSpec', () => {
  it('compiles a lesson scenario with its own goals', () => {
    const spec = lessonSpec(scenario);
    expect(spec.durationMs).toBe(60_000);
    expect(spec.services.map((s) => s.name)).toEqual(['web']);
    expect(spec.goals).toEqual([{ kind: 'cost', label: 'cheap', below: 1000 }]);
  });

  it('puts a challenge’s goals in place of the scenario’s own', () => {
    const spec = lessonSpec(scenario, [{ noLoss: 'users', label: 'nothing lost' }]);
    expect(spec.goals).toEqual([{ kind: 'noLoss', label: 'nothing lost', traffic: 'users' }]);
    // An empty list of goals replaces them too: nothing to meet but the challenge's.
    expect(lessonSpec(scenario, []).goals).toEqual([]);
    // The scenario itself is left as it was.
    expect(scenario.goals).toEqual([{ costBelow: 1000, label: 'cheap' }]);
  });

  it('throws with every located problem of a broken scenario', () => {
    const broken: Scenario = {
      services: { web: { calls: ['db'] } },
      traffic: { users: { to: 'wbe', rate: 1 } },
    };
    expect(() => lessonSpec(broken)).toThrowError(/services\.web\.calls\[0\]/);
    expect(() => lessonSpec(broken)).toThrowError(/traffic\.users\.to: .*"wbe".*web/);
  });

  it('checks the challenge’s goals as well', () => {
    expect(() => lessonSpec(scenario, [{ noLoss: 'nobody' }])).toThrowError(/goals\[0\]/);
  });
});
