import { describe, expect, it } from 'vitest';
import { daily, spike, sum } from '../../../src/scenario/rates.ts';
import { CAUSES } from '../../../src/sim/engineState.ts';
import { MAX_SAMPLES } from '../../../src/sim/sampleStep.ts';
import { rerun, seek, simulate } from '../../../src/sim/simulate.ts';
import type { TimedAction } from '../../../src/sim/worldSpec.ts';
import { sumSeconds } from '../helpers/logOf.ts';
import { runWorld, specOf } from '../helpers/runWorld.ts';

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

describe('samples of a long run', () => {
  // A quiet week: the point is the length of the series, not the traffic.
  const week = {
    duration: '7d',
    cluster: { nodes: 2, node: { pricePerHour: 0.36 } },
    services: {
      web: { replicas: 1, work: '10ms', autoscale: { min: 1, max: 3, rps: 0.1 } },
    },
    traffic: {
      users: {
        to: 'web',
        rate: sum(
          daily({ min: 0.01, max: 0.2, peakAt: '14h' }),
          spike({ base: 0, peak: 1, at: '3d12h', for: '1h' }),
        ),
      },
    },
    faults: [{ at: '2d', addNode: { name: 'node-3', pricePerHour: 0.36 } }],
    goals: [{ latency: 'users', below: '1s' }],
    traceSampling: 0,
  };
  const run = runWorld(week);
  const out = run.out;

  it('keeps every series within MAX_SAMPLES values, one per 3 minutes for a week', () => {
    expect(out.stepMs).toBe(180_000);
    expect(out.seconds).toBe((7 * 24 * 60) / 3);
    expect(out.seconds).toBeLessThanOrEqual(MAX_SAMPLES);
    const lengths = [
      ...Object.values(out.services).flatMap((s) => [s.requests.length, s.p99.length]),
      ...Object.values(out.services).flatMap((s) => Object.values(s.failed).map((f) => f.length)),
      ...Object.values(out.nodes).flatMap((s) => [s.cpuUsed.length, s.up.length]),
      ...Object.values(out.edges).map((s) => s.attempts.length),
      ...Object.values(out.traffic).flatMap((s) => [s.sent.length, s.rate.length]),
      out.cost.length,
      ...out.goals.map((g) => g.length),
    ];
    expect(new Set(lengths)).toEqual(new Set([out.seconds]));
    expect(run.checkpoints.length).toBeLessThanOrEqual(241);
  });

  it('sums counts over each sample, so they still add up to the run totals', () => {
    expect(sumSeconds(out.traffic.users.sent)).toBe(run.traffic.users.requests);
    expect(sumSeconds(out.services.web.requests)).toBe(run.services.web.requests);
    const ok = sumSeconds(out.traffic.users.ok) + sumSeconds(out.traffic.users.degraded);
    expect(ok).toBe(run.traffic.users.completed);
  });

  it('averages the target rate over each sample', () => {
    // The mean of a daily cycle over whole days is the middle of its range; the spike adds 1 rps for 1 h.
    const mean = out.traffic.users.rate.reduce((a, b) => a + b, 0) / out.seconds;
    expect(mean).toBeCloseTo(0.105 + 1 / (7 * 24), 3);
    const spikeSample = (3.5 * 24 * 3600) / 180 + 5;
    expect(out.traffic.users.rate[spikeSample]).toBeGreaterThan(1);
  });

  it('charges machines exactly for the time they exist, whatever the sample', () => {
    // Two nodes for 7 days, a third from day 2 (it costs from when it is added, booting included).
    const hours = 2 * 7 * 24 + 5 * 24;
    expect(out.cost[out.seconds - 1]).toBeCloseTo(0.36 * hours, 6);
  });
});

describe('re-runs and seeking with long samples', () => {
  it('a re-run from a checkpoint equals a run from the start, and seek finds the world mid-week', () => {
    const spec = specOf({
      duration: '7d',
      cluster: { nodes: 2 },
      services: { web: { replicas: 2, work: '10ms' } },
      traffic: { users: { to: 'web', rate: daily({ min: 0.01, max: 0.1 }) } },
      traceSampling: 0,
    });
    const base = simulate(spec);
    const kill: TimedAction[] = [
      { atMs: 4 * 86_400_000 + 7_000, action: { type: 'killNode', node: 'node-1' } },
    ];
    const again = rerun(base, kill);
    const fresh = simulate(spec, { interventions: kill });
    expect(again.hash).toBe(fresh.hash);
    expect(again.out.seconds).toBe(fresh.out.seconds);
    expect(again.out.services.web.ready).toEqual(fresh.out.services.web.ready);
    const view = seek(fresh, 4 * 86_400_000 + 60_000);
    expect(view.t).toBe(4 * 86_400_000 + 60_000);
    expect(view.nodes.find((n) => n.name === 'node-1')?.up).toBe(false);
    // Three quiet weeks: a few seconds on a busy machine.
  }, 60_000);
});
