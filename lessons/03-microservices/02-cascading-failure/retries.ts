import { defineScenario } from 'cloudscope';

// timeouts.ts, plus retries the naive way, at every layer: the shoppers' app,
// the gateway and checkout each try again at once, up to three tries in all,
// with no backoff and no budget.
export default defineScenario({
  name: 'timeouts and naive retries at every layer',
  duration: '4m',
  cluster: { nodes: 3 },
  services: {
    gateway: {
      replicas: 2,
      cpu: 1,
      work: { p50: '2ms', p99: '10ms' },
      calls: [
        { to: 'checkout', timeout: '2s', retries: { attempts: 3, base: '0ms', jitter: 'none' } },
      ],
    },
    checkout: {
      replicas: 2,
      cpu: 1,
      work: { p50: '5ms', p99: '20ms' },
      calls: [
        { to: 'payments', timeout: '1.2s', retries: { attempts: 3, base: '0ms', jitter: 'none' } },
      ],
    },
    payments: {
      replicas: 2,
      cpu: 1,
      concurrency: 20, // 20 workers per instance: 40 payments at once in all
      work: { p50: '10ms', p99: '40ms' },
      deadlines: true, // drop queued work whose caller has stopped waiting
    },
  },
  traffic: {
    shoppers: {
      to: 'gateway',
      rate: 50,
      timeout: '5s',
      retries: { attempts: 3, base: '0ms', jitter: 'none' },
    },
  },
  faults: [{ at: '1m', slow: 'payments', by: '1s', for: '2m' }],
});
