import { defineScenario, spike } from 'cloudscope';

/** A small shop: a gateway, orders and payments; payments slows down for a while. */
export default defineScenario({
  name: 'checkout with a slow payments service',
  duration: '5m',
  cluster: { nodes: 3 },
  services: {
    gateway: {
      replicas: 2,
      cpu: 1,
      work: { p50: '2ms', p99: '10ms' },
      calls: [{ to: 'orders', timeout: '2s' }],
    },
    orders: {
      replicas: 3,
      cpu: 1,
      work: { p50: '5ms', p99: '30ms' },
      calls: [
        {
          to: 'payments',
          timeout: '800ms',
          retries: 2,
          breaker: { minimumCalls: 20, window: 50, waitInOpen: '10s' },
        },
      ],
    },
    payments: { replicas: 2, cpu: 1, work: { p50: '20ms', p99: '80ms' } },
  },
  traffic: { users: { to: 'gateway', rate: spike({ base: 50, peak: 120, at: '3m', for: '30s' }) } },
  faults: [{ at: '1m', slow: 'payments', by: '1.5s', for: '1m' }],
  goals: [
    { latency: 'users', percentile: 99, below: '1s' },
    { errorRate: 'users', below: '1%' },
  ],
});
