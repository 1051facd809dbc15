import { describe, expect, it } from 'vitest';
import { erlangC } from '../../bench/erlangC.ts';
import { queueScenario, runWorld } from '../helpers/runWorld.ts';

/*
 * The simulator against queueing theory (REFERENCE.md §5). Long runs, so
 * that the sample means settle; tolerances are a few percent.
 */

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

describe('queueing truth', () => {
  it('M/M/1 at 50% and 80% load: mean latency 1/(mu - lambda), p99 ln(100)/(mu - lambda)', () => {
    for (const [lambda, tolerance] of [
      [5, 0.03],
      [8, 0.06],
    ] as const) {
      const mu = 10;
      const run = runWorld(queueScenario({ servers: 1, lambda, mu, customers: 300_000 }));
      const desk = run.services.desk;
      const w = 1000 / (mu - lambda);
      expect(desk.failed).toBe(0);
      expect(Math.abs(desk.latencyMs.mean / w - 1)).toBeLessThan(tolerance);
      // Response time in M/M/1 is exponential: its 99th percentile is ln(100) times its mean.
      expect(Math.abs(desk.latencyMs.p99 / (Math.log(100) * w) - 1)).toBeLessThan(tolerance + 0.02);
    }
  });

  it('M/M/c (10 servers at 80% load) agrees with Erlang C', () => {
    const run = runWorld(queueScenario({ servers: 10, lambda: 80, mu: 10, customers: 400_000 }));
    const w = erlangC(10, 80, 10) * 1000;
    expect(Math.abs(run.services.desk.latencyMs.mean / w - 1)).toBeLessThan(0.03);
  });

  it('latency explodes near saturation: W is 2/mu at 50% load, 5/mu at 80%, 10/mu at 90%', () => {
    const means = [5, 8, 9].map(
      (lambda) =>
        runWorld(queueScenario({ servers: 1, lambda, mu: 10, customers: 200_000, seed: 7 }))
          .services.desk.latencyMs.mean,
    );
    expect(means[0]).toBeGreaterThan(180);
    expect(means[0]).toBeLessThan(220);
    expect(means[1] / means[0]).toBeGreaterThan(2.2);
    expect(means[2] / means[1]).toBeGreaterThan(1.6);
  });

  it("Little's law holds on every service: L = lambda x W", () => {
    const run = runWorld({
      duration: '2h',
      cluster: { nodes: 4, node: { cpu: 16 }, networkLatency: '2ms' },
      services: {
        front: { replicas: 2, cpu: 1, concurrency: 4, work: { mean: '20ms' }, calls: ['back'] },
        back: { replicas: 3, cpu: 2, concurrency: 3, work: { p50: '30ms', p99: '150ms' } },
      },
      traffic: { users: { to: 'front', rate: 40, timeout: '1d' } },
      traceSampling: 0,
    });
    for (const name of ['front', 'back']) {
      const s = run.out.services[name];
      const seconds = (s.requests.length * run.out.stepMs) / 1000;
      const lambda = s.requests.reduce((a, b) => a + b, 0) / seconds;
      const l = mean(s.busy.map((busy, i) => busy + s.queued[i]));
      const w = run.services[name].latencyMs.mean / 1000;
      expect(run.services[name].failed).toBe(0);
      expect(Math.abs(l / (lambda * w) - 1)).toBeLessThan(0.05);
    }
  });
});
