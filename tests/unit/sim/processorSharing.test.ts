import { describe, expect, it } from 'vitest';
import { sumSeconds } from '../helpers/logOf.ts';
import { runWorld } from '../helpers/runWorld.ts';

describe('CPU sharing inside an instance', () => {
  it('two requests computing at once on one core each take twice as long', () => {
    // Arrivals exactly in pairs are hard to make with Poisson traffic; use closed clients that start together.
    const run = runWorld({
      duration: '30s',
      cluster: { nodes: 1, networkLatency: 0 },
      services: { api: { cpu: 1, concurrency: 10, work: '100ms' } },
      traffic: { users: { to: 'api', clients: 2, think: '0ms' } },
    });
    // Once both clients are in step, every request shares the core with the other: 200 ms each.
    expect(run.services.api.latencyMs.p50).toBe(200);
  });

  it('utilisation is the work arriving over the CPU requested', () => {
    const run = runWorld({
      duration: '5m',
      cluster: { nodes: 2, node: { cpu: 16 } },
      services: { api: { replicas: 2, cpu: 2, concurrency: 100, work: { mean: '50ms' } } },
      traffic: { users: { to: 'api', rate: 40 } },
    });
    // 40 requests/s x 50 ms = 2 cores of 4 requested.
    const cpu = run.out.services.api.cpu;
    const mean = sumSeconds(cpu, 10, cpu.length) / (cpu.length - 10);
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.03);
  });

  it('a CPU hog on the node slows what computes there', () => {
    const run = runWorld({
      duration: '2m',
      cluster: { nodes: 1, networkLatency: 0 },
      services: { api: { cpu: 1, concurrency: 10, work: '100ms' } },
      traffic: { users: { to: 'api', clients: 1, think: '100ms' } },
      faults: [{ at: '60s', hog: 'node-1', share: '75%' }],
    });
    const p50 = run.out.services.api.p50;
    expect(p50[30]).toBe(100);
    // A quarter of a core left: four times as long.
    expect(p50[90]).toBe(400);
  });
});
