import { daily, defineScenario } from 'cloudscope';

/**
 * A shop's day, compressed: the run lasts 24 minutes and each minute stands for
 * one hour of the day (the traffic's shape is a day's; every other time, such as
 * a node's grace period or a request's work, runs at its real speed).
 * Shoppers → gateway → orders → payments. Four things go wrong. Nothing defends
 * itself yet.
 */
export default defineScenario({
  name: 'a day of chaos, unprotected',
  duration: '24m',
  cluster: {
    nodes: 3,
    node: { cpu: 4, memory: '8Gi' },
    // The fullest node wins: everything lands on node-1 while it has room.
    scheduler: 'binpack',
  },
  services: {
    gateway: {
      replicas: 2,
      cpu: 0.5,
      work: { p50: '5ms', p99: '20ms' },
      calls: ['orders'],
    },
    orders: {
      replicas: 2,
      cpu: 0.5,
      work: { p50: '20ms', p99: '60ms' },
      calls: ['payments'],
      // Each start loads the price list: 5 s before an instance can really serve.
      warmup: '5s',
      // v2 has a bug: its process exits 5 s after every start.
      versions: { v2: { crashAfter: '5s' } },
    },
    payments: {
      replicas: 2,
      cpu: 0.5,
      concurrency: 10,
      work: { p50: '10ms', p99: '40ms' },
    },
  },
  traffic: {
    // Quiet at night, busiest at 14:00 (minute 14); the app waits 5 s at most.
    shoppers: {
      to: 'gateway',
      rate: daily({ min: 5, max: 30, peakAt: '14m', period: '24m' }),
      timeout: '5s',
    },
  },
  faults: [
    { at: '6m', kill: 'node-1' }, // 06:00: a machine dies
    { at: '13m', spike: 'shoppers', factor: 2, for: '2m' }, // 13:00: a sale
    { at: '16m', slow: 'payments', by: '1s', for: '2m' }, // 16:00: the bank is slow
    { at: '21m', deploy: 'orders', version: 'v2' }, // 21:00: a bad release
  ],
});
