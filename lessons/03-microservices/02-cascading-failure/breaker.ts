import { defineScenario } from 'cloudscope';

// timeouts.ts, plus a circuit breaker on checkout's calls to payments.
// Its window and wait are shorter than resilience4j's defaults, for teaching.
export default defineScenario({
  name: 'timeouts and a circuit breaker',
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
      calls: [
        {
          to: 'payments',
          timeout: '1.2s',
          breaker: {
            window: 20, // judge the last 20 calls (default 100)
            minimumCalls: 20, // once there are 20 (default 100)
            slowCall: '500ms', // a call this slow counts against payments too
            slowCallRate: '50%', // open when half the calls fail or are slow
            waitInOpen: '10s', // then wait 10 s before trying again (default 60 s)
          },
        },
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
  // 50 checkouts a second; a shopper's app gives up after 5 seconds.
  traffic: { shoppers: { to: 'gateway', rate: 50, timeout: '5s' } },
  faults: [{ at: '1m', slow: 'payments', by: '1s', for: '2m' }],
});
