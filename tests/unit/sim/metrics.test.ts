import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../../src/sim/engineState.ts';
import { sumSeconds } from '../helpers/logOf.ts';
import { runWorld } from '../helpers/runWorld.ts';

describe('per-second metrics', () => {
  const run = runWorld({
    duration: '90s',
    cluster: { nodes: 2, node: { cpu: 8, pricePerHour: 0.36 } },
    services: {
      web: { replicas: 2, cpu: 1, work: '5ms', calls: [{ to: 'db', timeout: '300ms' }] },
      db: { replicas: 1, cpu: 2, work: '3ms' },
    },
    traffic: { users: { to: 'web', rate: 30 } },
    faults: [{ at: '40s', fail: 'db', rate: 0.2, for: '20s' }],
  });

  it('has one value per second in every series', () => {
    expect(run.out.seconds).toBe(90);
    for (const s of Object.values(run.out.services))
      for (const series of [s.requests, s.p99, s.cpu, s.ready]) expect(series).toHaveLength(90);
    for (const s of Object.values(run.out.nodes)) expect(s.cpuUsed).toHaveLength(90);
    expect(run.out.cost).toHaveLength(90);
  });

  it('per-second counts add up to the run totals', () => {
    for (const [name, t] of Object.entries(run.services)) {
      const s = run.out.services[name];
      expect(sumSeconds(s.requests)).toBe(t.requests);
      expect(sumSeconds(s.ok) + sumSeconds(s.degraded)).toBe(t.completed);
      expect(CAUSES.reduce((sum, c) => sum + sumSeconds(s.failed[c]), 0)).toBe(t.failed);
    }
    expect(sumSeconds(run.out.traffic.users.sent)).toBe(run.traffic.users.requests);
  });

  it('counts errors by cause in the seconds they happen', () => {
    const errors = run.out.services.db.failed.error;
    expect(sumSeconds(errors, 0, 40)).toBe(0);
    expect(sumSeconds(errors, 40, 60)).toBeGreaterThan(60);
    expect(sumSeconds(errors, 60, 90)).toBe(0);
  });

  it('adds up the cost of the machines by the second: two nodes at $0.36/h for 90 s', () => {
    expect(run.out.cost.at(-1)).toBeCloseTo((2 * 0.36 * 90) / 3600, 10);
    expect(run.out.cost[44]).toBeCloseTo((2 * 0.36 * 45) / 3600, 10);
  });
});
