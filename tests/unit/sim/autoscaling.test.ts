import { describe, expect, it } from 'vitest';
import { hpaDesiredReplicas } from '../../../src/sim/hpaDesiredReplicas.ts';
import { logOf } from '../helpers/logOf.ts';
import { runWorld } from '../helpers/runWorld.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';

describe('autoscaling in the engine', () => {
  const run = runWorld({
    duration: '15m',
    cluster: { nodes: 6, node: { cpu: 8 } },
    services: {
      api: {
        replicas: 2,
        cpu: 1,
        concurrency: 100,
        work: { mean: '50ms' },
        autoscale: { min: 2, max: 20, cpu: '50%' },
      },
    },
    // 20 requests/s of 50 ms each is one core; then 200/s (ten cores) from 2 to 8 minutes.
    traffic: {
      users: {
        to: 'api',
        rate: {
          steps: [
            ['0s', 20],
            ['2m', 200],
            ['8m', 20],
          ],
        },
        timeout: '10s',
      },
    },
  });
  const ups = logOf(run, 'scaledUp', 'api');
  const downs = logOf(run, 'scaledDown', 'api');

  it('decides only at sync times (every 15 s)', () => {
    for (const e of [...ups, ...downs]) expect(e.t % 15_000).toBe(0);
    expect(ups.length).toBeGreaterThan(0);
    expect(downs.length).toBeGreaterThan(0);
  });

  it('scales up at most to max(2 x current, current + 4) per sync, towards ceil(current x metric / target)', () => {
    for (const e of ups) {
      const from = e.detail.from as number;
      const to = e.detail.to as number;
      expect(to).toBeLessThanOrEqual(Math.max(from * 2, from + 4));
      expect(to).toBeGreaterThan(from);
    }
    // Ten cores of work at 50% target want 20 instances.
    expect(Math.max(...run.out.services.api.desired)).toBe(20);
  });

  it('waits out the 5 minute scale-down window before scaling down', () => {
    // Load drops at 8 m; no scale-down can come before the high recommendations leave the window.
    expect(downs[0].t).toBeGreaterThanOrEqual(8 * 60_000 + 300_000 - 15_000);
    expect(run.out.services.api.desired.at(-1)).toBeLessThan(5);
  });

  it('matches the documented rule on a worked example', () => {
    // 4 ready pods at 90% CPU with a 50% target: ceil(4 x 1.8) = 8.
    const d = hpaDesiredReplicas(
      {
        t: 0,
        current: 4,
        ready: 4,
        unready: 0,
        metric: 0.9,
        target: 0.5,
        tolerance: 0.1,
        min: 1,
        max: 10,
        scaleDownWindowMs: 300_000,
      },
      [],
    );
    expect(d.desired).toBe(8);
  });
});

/** Orders publish emails (async); emails does 50 messages/s per replica (1 core, 20 ms each). */
function queued(emails: Scenario['services'][string]): Scenario {
  return {
    duration: '3m',
    cluster: { nodes: 2 },
    services: {
      shop: { replicas: 2, cpu: 1, work: '2ms', calls: [{ to: 'emails', async: true }] },
      emails: { replicas: 1, cpu: 1, concurrency: 1, work: '20ms', ...emails },
    },
    traffic: {
      orders: {
        to: 'shop',
        rate: {
          steps: [
            ['0s', 20],
            ['20s', 200],
            ['30s', 20],
          ],
        },
      },
    },
    traceSampling: 0,
  };
}

describe('autoscaling on the backlog', () => {
  const run = runWorld(queued({ autoscale: { min: 1, max: 6, backlogPerReplica: 100 } }));
  const ups = logOf(run, 'scaledUp', 'emails');

  it('scales up on messages waiting per replica, at sync times, with the usual rule', () => {
    expect(ups.length).toBeGreaterThan(0);
    for (const e of ups) {
      expect(e.t % 15_000).toBe(0);
      const from = e.detail.from as number;
      expect(e.detail.to as number).toBeLessThanOrEqual(Math.max(from * 2, from + 4));
      expect(String(e.detail.why)).toMatch(/messages waiting per instance, target 100/);
    }
    // The burst leaves its backlog faster than one replica alone could (30 s of draining).
    const alone = runWorld(queued({}));
    const drained = (backlog: number[]) => backlog.findIndex((n, s) => s > 30 && n === 0);
    expect(drained(run.out.services.emails.backlog)).toBeLessThan(
      drained(alone.out.services.emails.backlog),
    );
  });

  it('activates from zero replicas when a message waits, and scales back to zero', () => {
    const zero = runWorld({
      ...queued({
        replicas: 0,
        autoscale: { min: 0, max: 3, backlogPerReplica: 50, scaleDownWindow: '30s' },
      }),
      traffic: {
        orders: {
          to: 'shop',
          rate: {
            steps: [
              ['0s', 20],
              ['20s', 0],
            ],
          },
        },
      },
    });
    const first = logOf(zero, 'scaledUp', 'emails')[0];
    expect(first.detail).toMatchObject({ from: 0, to: 1 });
    expect(first.t).toBe(15_000);
    expect(zero.queues.emails.consumed).toBe(zero.queues.emails.published);
    expect(zero.out.services.emails.desired.at(-1)).toBe(0);
  });
});
