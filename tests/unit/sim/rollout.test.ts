import { describe, expect, it } from 'vitest';
import { firstAt, logOf } from '../helpers/logOf.ts';
import { runWorld } from '../helpers/runWorld.ts';
import { seek } from '../../../src/sim/simulate.ts';

const base = {
  duration: '20m',
  cluster: { nodes: 4 },
  traffic: { users: { to: 'web', rate: 40, timeout: '5s' } },
};

describe('rolling update in the engine', () => {
  it('rolls 8 instances to v2 keeping at least desired - maxUnavailable ready and at most desired + maxSurge running', () => {
    const run = runWorld({
      ...base,
      services: {
        web: {
          replicas: 8,
          cpu: 0.5,
          readiness: { period: '2s' },
          warmup: '5s',
          versions: { v2: { work: '4ms' } },
        },
      },
      faults: [{ at: '1m', deploy: 'web', version: 'v2' }],
    });
    const done = firstAt(run, 'rolloutComplete', 'web');
    expect(done).toBeGreaterThan(60_000);
    for (let t = 59_000; t <= done + 1000; t += 250) {
      const world = seek(run, t);
      const serving = world.instances.filter((i) => i.ready).length;
      const counted = world.instances.filter(
        (i) => i.phase !== 'Terminating' && i.phase !== 'Succeeded',
      ).length;
      // maxUnavailable 25% of 8 = 2, maxSurge 25% of 8 = 2.
      expect(serving).toBeGreaterThanOrEqual(8 - 2);
      expect(counted).toBeLessThanOrEqual(8 + 2);
    }
    const created = logOf(run, 'instanceCreated').filter((e) => e.detail.version === 'v2');
    expect(created).toHaveLength(8);
    expect(run.traffic.users.failed).toBe(0);
  });

  it('a crash-looping version stalls: old instances keep serving, the rollout is marked stalled after 10 minutes', () => {
    const run = runWorld({
      ...base,
      // v2 crashes 3 s after it starts, before it has warmed up enough to pass its readiness probe.
      services: {
        web: {
          replicas: 4,
          cpu: 0.5,
          readiness: { period: '2s' },
          warmup: '5s',
          versions: { v2: { crashAfter: '3s' } },
        },
      },
      faults: [{ at: '1m', deploy: 'web', version: 'v2' }],
    });
    expect(firstAt(run, 'rolloutStalled', 'web')).toBeGreaterThanOrEqual(60_000 + 600_000);
    expect(logOf(run, 'rolloutComplete')).toHaveLength(0);
    // maxUnavailable is 25% of 4 = 1: three old instances keep serving throughout.
    expect(Math.min(...run.out.services.web.ready)).toBeGreaterThanOrEqual(3);
    expect(run.traffic.users.failed).toBe(0);
  });
});
