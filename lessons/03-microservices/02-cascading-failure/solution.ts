import { defineScenario } from 'cloudscope';

// One answer to the challenge: several defences on checkout's call to payments.
export default defineScenario({
  name: 'a shop that defends itself',
  duration: '4m',
  cluster: { nodes: 3 },
  services: {
    gateway: {
      replicas: 2,
      cpu: 1,
      work: { p50: '2ms', p99: '10ms' },
      calls: ['checkout'],
    },
    checkout: {
      replicas: 2,
      cpu: 1,
      work: { p50: '5ms', p99: '20ms' },
      calls: [
        {
          to: 'payments',
          // Never wait longer than a slow payment should take.
          timeout: '1.2s',
          // Never keep more payments in flight than payments can work on:
          // 2 checkout instances × 20 = 40, payments' 40 workers.
          bulkhead: 20,
          // A refused or failed payment: take the order, charge it later.
          fallback: true,
        },
      ],
    },
    payments: {
      replicas: 2,
      cpu: 1,
      concurrency: 20,
      work: { p50: '10ms', p99: '40ms' },
      deadlines: true,
    },
  },
  traffic: { shoppers: { to: 'gateway', rate: 50, timeout: '5s' } },
  faults: [{ at: '1m', slow: 'payments', by: '1s', for: '2m' }],
});
