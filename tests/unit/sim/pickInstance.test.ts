import { describe, expect, it } from 'vitest';
import { runWorld } from '../helpers/runWorld.ts';

function perInstance(lb: 'random' | 'roundRobin' | 'leastConnections') {
  const run = runWorld({
    duration: '2m',
    cluster: { nodes: 3, node: { cpu: 8 } },
    services: { api: { replicas: 3, cpu: 1, loadBalancer: lb, work: '5ms' } },
    traffic: { users: { to: 'api', rate: 60 } },
    traceSampling: '100%',
  });
  const counts: Record<string, number> = {};
  for (const trace of run.out.traces) {
    const server = trace.spans.find((s) => s.kind === 'server');
    if (server) counts[server.instance] = (counts[server.instance] ?? 0) + 1;
  }
  return Object.values(counts);
}

describe('load balancing', () => {
  it('round robin sends the same number to each instance (give or take one)', () => {
    const counts = perInstance('roundRobin');
    expect(counts).toHaveLength(3);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('random spreads about evenly', () => {
    const counts = perInstance('random');
    const total = counts.reduce((a, b) => a + b, 0);
    for (const c of counts) expect(Math.abs(c / total - 1 / 3)).toBeLessThan(0.03);
  });

  it('least connections also uses every instance', () => {
    const counts = perInstance('leastConnections');
    expect(counts).toHaveLength(3);
    for (const c of counts) expect(c).toBeGreaterThan(0);
  });
});
