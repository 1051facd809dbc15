import { describe, expect, it } from 'vitest';
import type { GoalSpec } from '../../../src/sim/worldSpec.ts';
import { runWorld } from '../helpers/runWorld.ts';

describe('goals', () => {
  const scenario = {
    duration: '2m',
    cluster: { nodes: 1, node: { pricePerHour: 1.2 } },
    services: { api: { cpu: 2, work: '20ms' } },
    traffic: { users: { to: 'api', rate: 20, timeout: '1s' } },
    faults: [{ at: '60s', fail: 'api', rate: 0.5, for: '10s' }],
  };

  it('measures each goal and says whether it passes', () => {
    const run = runWorld({
      ...scenario,
      goals: [
        { latency: 'api', percentile: 50, below: '25ms' },
        { latency: 'users', below: '10ms' },
        { errorRate: 'users', below: '1%', to: '60s' },
        { errorRate: 'users', below: '1%' },
        { costBelow: 0.05 },
        { instanceMinutes: 'api', below: 2.5 },
        { noLoss: 'users' },
        { event: 'fault', happened: true },
        { event: 'breakerOpened', happened: false },
      ],
    });
    const [p50, p99, errorsBefore, errors, cost, minutes, noLoss, fault, noBreaker] = run.goals;
    expect(p50).toMatchObject({ pass: true, value: 20, unit: 'ms' }); // as the service answers: its 20 ms of work
    expect(p99.pass).toBe(false);
    expect(p99.value).toBeGreaterThanOrEqual(22);
    expect(errorsBefore).toMatchObject({ pass: true, value: 0 });
    expect(errors.pass).toBe(false);
    expect(errors.value).toBeGreaterThan(0.03);
    expect(cost.value).toBeCloseTo((1.2 * 120) / 3600, 10);
    expect(cost.pass).toBe(true);
    expect(minutes).toMatchObject({ pass: true, value: 2 });
    expect(noLoss.pass).toBe(false);
    expect(fault.pass).toBe(true);
    expect(noBreaker.pass).toBe(true);
  });

  it("checks a lesson's own goals against a reader's scenario, and records each goal's value per second", () => {
    const extra: GoalSpec[] = [
      {
        kind: 'errorRate',
        label: 'no errors',
        scope: 'traffic',
        target: 'users',
        below: 0.001,
        fromMs: 0,
        toMs: 120_000,
      },
    ];
    const run = runWorld(scenario, { goals: extra });
    expect(run.goals).toHaveLength(1);
    expect(run.goals[0].pass).toBe(false);
    const series = run.out.goals[0];
    expect(series).toHaveLength(120);
    expect(series[59]).toBe(0);
    expect(series[80]).toBeGreaterThan(0);
  });
});
