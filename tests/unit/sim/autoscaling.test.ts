import { describe, expect, it } from 'vitest';
import { hpaDesiredReplicas } from '../../../src/sim/hpaDesiredReplicas.ts';
import { logOf } from '../helpers/logOf.ts';
import { runWorld } from '../helpers/runWorld.ts';

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
