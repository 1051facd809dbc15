import { defineScenario, type ServiceOptions } from 'cloudscope';

/**
 * The benchmark's standard heavy world: 20 services in four tiers, 2,000
 * requests per second for 10 simulated minutes, every call with a timeout,
 * retries with jitter and a circuit breaker, and a slow service in the middle.
 */
const tiers = [
  ['edge-1', 'edge-2'],
  ['cart', 'catalog', 'search', 'users', 'orders', 'reviews'],
  ['pricing', 'stock', 'payments', 'shipping', 'recs', 'auth'],
  ['db-a', 'db-b', 'db-c', 'cache-a', 'cache-b', 'queue'],
];

const resilient = (to: string) => ({
  to,
  timeout: '500ms',
  retries: { attempts: 3, base: '20ms', cap: '200ms', jitter: 'full' as const },
  breaker: { minimumCalls: 50, window: 100, waitInOpen: '5s' },
});

const services: Record<string, ServiceOptions> = {};
tiers.forEach((tier, level) => {
  tier.forEach((name, i) => {
    const next = tiers[level + 1];
    const calls = next
      ? [resilient(next[i % next.length]), resilient(next[(i + 1) % next.length])]
      : [];
    services[name] = {
      replicas: 4,
      cpu: 2,
      concurrency: 100,
      queue: 200,
      work: { mean: level === 3 ? '2ms' : '1ms' },
      calls: level === 0 ? [{ parallel: calls }] : calls.slice(0, 1),
    };
  });
});

export default defineScenario({
  name: 'benchmark: 20 services at 2,000 requests/s',
  duration: '10m',
  cluster: { nodes: 20, node: { cpu: 16, memory: '64Gi' } },
  services,
  traffic: {
    'users-1': { to: 'edge-1', rate: 1000, timeout: '2s' },
    'users-2': { to: 'edge-2', rate: 1000, timeout: '2s' },
  },
  faults: [{ at: '4m', slow: 'stock', by: '600ms', for: '1m' }],
  traceSampling: '0.1%',
});
