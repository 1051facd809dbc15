import { afterEach, describe, expect, it } from 'vitest';
import { prepareRun } from '../../../src/app/prepareRun.ts';
import { locale } from '../../../src/i18n/locale.svelte.ts';
import type { Goal, Scenario } from '../../../src/scenario/scenario.ts';

const scenario: Scenario = {
  duration: '1m',
  services: { web: { work: '5ms' } },
  traffic: { users: { to: 'web', rate: 10 } },
  goals: [{ costBelow: 1000, label: 'cheap' }],
};

afterEach(() => locale.set('en'));

describe('prepareRun', () => {
  it('compiles a reader’s scenario with its own goals', () => {
    const prepared = prepareRun(scenario);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.spec.durationMs).toBe(60_000);
    expect(prepared.spec.goals).toEqual([{ kind: 'cost', label: 'cheap', below: 1000 }]);
  });

  it('puts a challenge’s goals in place of the goals the reader wrote', () => {
    const goals: Goal[] = [{ noLoss: 'users', label: 'nothing lost' }];
    const prepared = prepareRun(
      { ...scenario, goals: [{ costBelow: 1e9, label: 'free win' }] },
      goals,
    );
    expect(prepared.ok && prepared.spec.goals).toEqual([
      { kind: 'noLoss', label: 'nothing lost', traffic: 'users' },
    ]);
  });

  it('reports a schema problem at its path, without a line (the sandbox located none)', () => {
    const prepared = prepareRun({ ...scenario, services: { web: { work: 'soon' } } } as Scenario);
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.problems.length).toBeGreaterThan(0);
    expect(prepared.problems[0]).toMatchObject({ kind: 'validation', line: null, column: null });
    expect(prepared.problems[0].path).toMatch(/^services\.web\.work/);
  });

  it('names a challenge goal the edited scenario can no longer measure by its label', () => {
    const goals: Goal[] = [{ noLoss: 'users', label: 'nothing lost' }];
    const renamed: Scenario = { ...scenario, traffic: { visitors: { to: 'web', rate: 10 } } };
    const prepared = prepareRun(renamed, goals);
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    const [problem] = prepared.problems;
    expect(problem.message).toMatch(
      /^The challenge’s goal “nothing lost” cannot be checked in your version: /,
    );
    // The goal is the lesson's, not a place in the reader's file: no path to point at.
    expect(problem.path).toBeNull();
    locale.set('zh');
    const zh = prepareRun(renamed, goals);
    expect(!zh.ok && zh.problems[0].message).toMatch(/^在你的版本中无法检查挑战目标“nothing lost”/);
  });
});
