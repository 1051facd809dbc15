import { describe, expect, it } from 'vitest';
import { firstAt, logOf, sumSeconds } from '../helpers/logOf.ts';
import { runWorld } from '../helpers/runWorld.ts';

describe('probes', () => {
  it('liveness: a hung instance is killed after three failed probes, then restarted', () => {
    const run = runWorld({
      duration: '2m',
      cluster: { nodes: 1 },
      services: { web: { replicas: 2, liveness: true, work: '2ms' } },
      traffic: { users: { to: 'web', rate: 10, timeout: '1s' } },
      faults: [{ at: '15s', hang: 'web-1' }],
    });
    // Probes every 10 s from the start: 20 s, 30 s and 40 s fail; the third kills it.
    expect(firstAt(run, 'instanceKilled', 'web-1')).toBe(40_000);
    expect(firstAt(run, 'instanceCrashed', 'web-1')).toBe(40_000);
    const restarted = logOf(run, 'instanceStarted', 'web-1').map((e) => e.t);
    expect(restarted).toContain(41_500);
    // While it hung, the requests it took were never answered.
    expect(sumSeconds(run.out.traffic.users.failed.timeout, 15, 42)).toBeGreaterThan(50);
    expect(sumSeconds(run.out.traffic.users.failed.timeout, 45, 120)).toBe(0);
  });

  it('without a liveness probe a hung instance stays in service, losing requests for ever', () => {
    const run = runWorld({
      duration: '2m',
      cluster: { nodes: 1 },
      services: { web: { replicas: 2, work: '2ms' } },
      traffic: { users: { to: 'web', rate: 10, timeout: '1s' } },
      faults: [{ at: '15s', hang: 'web-1' }],
    });
    expect(logOf(run, 'instanceKilled')).toHaveLength(0);
    expect(sumSeconds(run.out.traffic.users.failed.timeout, 100, 119)).toBeGreaterThan(50);
  });

  it('readiness: a new instance gets traffic only once it has warmed up', () => {
    const run = runWorld({
      duration: '1m',
      cluster: { nodes: 1 },
      services: { web: { replicas: 1, warmup: '12s', readiness: { period: '5s' } } },
      faults: [{ at: '10s', scale: 'web', replicas: 2 }],
    });
    // Listening at 11.5 s; probes at 11.5, 16.5, 21.5 s; warm from 23.5 s: ready at the 26.5 s probe.
    expect(firstAt(run, 'instanceStarted', 'web-2')).toBe(11_500);
    expect(firstAt(run, 'instanceReady', 'web-2')).toBe(26_500);
  });
});
