import { defineScenario } from 'cloudscope';

// The shop of start.ts, with a timeout on checkout's call to payments and
// deadlines at payments. Payments still slows down at 1:00.
export default defineScenario({
  name: 'timeouts and deadlines',
  duration: '4m',
  cluster: { nodes: 3 },
  services: {
    gateway: {
      replicas: 2,
      cpu: 1,
      work: { p50: '2ms', p99: '10ms' },
      // 50 workers and a queue of 100 per instance: the defaults.
      calls: ['checkout'],
    },
    checkout: {
      replicas: 2,
      cpu: 1,
      work: { p50: '5ms', p99: '20ms' },
      // Wait at most 1.2 s for payments (it normally answers in tens of ms).
      calls: [{ to: 'payments', timeout: '1.2s' }],
    },
    payments: {
      replicas: 2,
      cpu: 1,
      concurrency: 20, // 20 workers per instance: 40 payments at once in all
      work: { p50: '10ms', p99: '40ms' },
      deadlines: true, // drop queued work whose caller has stopped waiting
    },
  },
  // 50 checkouts a second; a shopper's app gives up after 5 seconds.
  traffic: { shoppers: { to: 'gateway', rate: 50, timeout: '5s' } },
  faults: [{ at: '1m', slow: 'payments', by: '1s', for: '2m' }],
});
