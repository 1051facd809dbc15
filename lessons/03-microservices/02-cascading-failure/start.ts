import { defineScenario } from 'cloudscope';

// A small shop. Every checkout goes shopper → gateway → checkout → payments.
// At 1:00 payments gets 1 second slower (its bank is slow to answer) and stays
// that way for two minutes. Nothing else is wrong. No service defends itself yet.
export default defineScenario({
  name: 'a shop whose payments slow down',
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
      // A plain call: wait for payments' answer, however long it takes.
      calls: ['payments'],
    },
    payments: {
      replicas: 2,
      cpu: 1,
      concurrency: 20, // 20 workers per instance: 40 payments at once in all
      work: { p50: '10ms', p99: '40ms' },
    },
  },
  // 50 checkouts a second; a shopper's app gives up after 5 seconds.
  traffic: { shoppers: { to: 'gateway', rate: 50, timeout: '5s' } },
  faults: [{ at: '1m', slow: 'payments', by: '1s', for: '2m' }],
});
