import { describe, expect, it } from 'vitest';
import { firstAt, logOf } from '../helpers/logOf.ts';
import { runWorld } from '../helpers/runWorld.ts';

describe('instance lifecycle in the engine', () => {
  it('restarts a crash-looping container with the Kubernetes back-off: at once, then 10 s doubling to 300 s', () => {
    const run = runWorld({
      duration: '30m',
      cluster: { nodes: 1 },
      // Starts in 0.5 s (runtime) + 1 s (app, the default); crashes 5 s after it starts.
      services: { flaky: { crashAfter: '5s', start: '1s' } },
    });
    const crashes = logOf(run, 'instanceCrashed', 'flaky-1').map((e) => e.t);
    const gaps = crashes.slice(1).map((t, i) => t - crashes[i]);
    // gap = back-off + start (1.5 s) + time to crash (5 s)
    const backoffs = gaps.map((g) => g - 6_500);
    expect(crashes[0]).toBe(5_000);
    expect(backoffs.slice(0, 8)).toEqual([
      0, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000,
    ]);
    expect(logOf(run, 'instanceCrashed', 'flaky-1')[3].detail.restarts).toBe(4);
  });

  it('a new instance pulls the layers its node lacks, then starts', () => {
    const run = runWorld({
      duration: '2m',
      cluster: { nodes: 1, node: { pullBandwidth: '50Mi' } },
      services: {
        a: {
          replicas: 1,
          image: {
            layers: [
              { id: 'os', size: '100Mi' },
              { id: 'a', size: '50Mi' },
            ],
          },
        },
        b: {
          replicas: 0,
          image: {
            layers: [
              { id: 'os', size: '100Mi' },
              { id: 'b', size: '25Mi' },
            ],
          },
        },
      },
      faults: [{ at: '10s', scale: 'b', replicas: 1 }],
    });
    // "os" is on the node already (a runs there); only b's 25 MiB layer comes down: 0.5 s.
    const pulled = logOf(run, 'imagePulled', 'b-1')[0];
    expect(pulled.t).toBe(10_500);
    expect(pulled.detail.pulledMiB).toBe(25);
    // Then the container runtime (0.5 s) and the app (1 s) start.
    expect(firstAt(run, 'instanceStarted', 'b-1')).toBe(12_000);
  });

  it('keeps an instance Pending when no node has room, and says why', () => {
    const run = runWorld({
      duration: '1m',
      cluster: { nodes: 2, node: { cpu: 2, memory: '4Gi' } },
      services: { big: { replicas: 5, cpu: 1, memory: '1Gi' } },
    });
    const pending = logOf(run, 'instancePending');
    expect(pending.map((e) => e.subject)).toEqual(['big-5']);
    expect(pending[0].detail.reason).toBe('no node has 1 CPU and 1024 MiB free');
    expect(run.out.services.big.ready.at(-1)).toBe(4);
  });

  it('scales down gracefully: a stopping instance leaves the load balancer, finishes its work, then stops', () => {
    const run = runWorld({
      duration: '1m',
      cluster: { nodes: 2 },
      services: { web: { replicas: 3, cpu: 1, concurrency: 10, work: { mean: '20ms' } } },
      traffic: { users: { to: 'web', rate: 20, timeout: '10s' } },
      faults: [{ at: '30s', scale: 'web', replicas: 1 }],
    });
    const stopping = logOf(run, 'instanceStopping');
    expect(stopping).toHaveLength(2);
    for (const entry of stopping) {
      const stopped = firstAt(run, 'instanceStopped', entry.subject);
      expect(entry.t).toBe(30_000);
      expect(stopped).toBeGreaterThanOrEqual(30_000);
      expect(stopped).toBeLessThan(30_000 + 30_000);
    }
    expect(run.traffic.users.failed).toBe(0);
    expect(run.out.services.web.ready[45]).toBe(1);
  });
});
