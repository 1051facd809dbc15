import { daily, defineScenario } from 'cloudscope';

/**
 * One answer: the same shop and the same day, with a defence for each fault.
 * (The day is compressed: each minute of the run stands for an hour.)
 */
export default defineScenario({
  name: 'a day of chaos, protected',
  duration: '24m',
  cluster: {
    nodes: 3,
    node: { cpu: 4, memory: '8Gi' },
    // The emptiest node wins: a service's replicas land on different nodes.
    scheduler: 'spread',
  },
  services: {
    gateway: {
      replicas: 3,
      cpu: 0.5,
      work: { p50: '5ms', p99: '20ms' },
      readiness: true,
      // Follow the day and the sale; aim at 50% CPU, to keep headroom while new instances start.
      autoscale: { min: 3, max: 12, cpu: '50%' },
      // An orders instance on a dead node never answers: give up after 2 s, try another.
      calls: [{ to: 'orders', timeout: '2s', retries: { attempts: 3, budget: '10%' } }],
    },
    orders: {
      replicas: 3,
      cpu: 0.5,
      work: { p50: '20ms', p99: '60ms' },
      // A new instance gets traffic only once it is warm, and no old one
      // stops before a new one is ready: a crashing v2 never replaces v1.
      readiness: true,
      rollout: { maxSurge: 1, maxUnavailable: 0 },
      autoscale: { min: 3, max: 12, cpu: '50%' },
      calls: [
        {
          to: 'payments',
          timeout: '1.2s', // longer than a slow payment, shorter than the shopper's patience
          bulkhead: 10, // at most 10 payments in flight per orders instance; more are refused at once
          fallback: true, // "order taken, payment to follow"
        },
      ],
      // 5 s of warm-up per start; v2 exits 5 s after every start, so it is never ready.
      warmup: '5s',
      versions: { v2: { crashAfter: '5s' } },
    },
    payments: {
      replicas: 2,
      cpu: 0.5,
      concurrency: 10,
      work: { p50: '10ms', p99: '40ms' },
      readiness: true,
      autoscale: { min: 2, max: 8, cpu: '50%' },
      deadlines: true,
    },
  },
  traffic: {
    shoppers: {
      to: 'gateway',
      rate: daily({ min: 5, max: 30, peakAt: '14m', period: '24m' }),
      timeout: '5s',
    },
  },
  faults: [
    { at: '6m', kill: 'node-1' },
    { at: '13m', spike: 'shoppers', factor: 2, for: '2m' },
    { at: '16m', slow: 'payments', by: '1s', for: '2m' },
    { at: '21m', deploy: 'orders', version: 'v2' },
  ],
});
