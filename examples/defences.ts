import { defineScenario } from 'cloudscope';

/**
 * Every defence against a failing dependency at once: rate limiting, load
 * shedding, bulkheads, fallbacks, deadlines, retry budgets with jitter, a
 * time-based breaker, parallel calls, a network cut, a CPU hog and errors.
 */
export default defineScenario({
  name: 'defences',
  duration: '6m',
  cluster: { nodes: 3, node: { cpu: 8, memory: '16Gi' } },
  services: {
    edge: {
      replicas: 2,
      cpu: 2,
      work: '2ms',
      rateLimit: { rps: 120, burst: 40 },
      loadBalancer: 'roundRobin',
      calls: [
        {
          parallel: [
            { to: 'search', timeout: '300ms', fallback: true, bulkhead: 10 },
            {
              to: 'catalog',
              timeout: '500ms',
              bulkhead: 8,
              retries: { attempts: 3, jitter: 'decorrelated', budget: '10%' },
            },
          ],
        },
      ],
    },
    search: {
      replicas: 3,
      cpu: 1,
      queue: 10,
      concurrency: 10,
      work: { p50: '20ms', p99: '120ms' },
      loadBalancer: 'leastConnections',
    },
    catalog: {
      replicas: 3,
      cpu: 1,
      deadlines: true,
      work: { min: '5ms', max: '25ms' },
      calls: [
        {
          to: 'prices',
          timeout: '200ms',
          retries: { attempts: 2, jitter: 'equal' },
          breaker: {
            windowType: 'time',
            window: 10,
            minimumCalls: 20,
            waitInOpen: '15s',
            slowCall: '150ms',
            slowCallRate: '80%',
          },
        },
      ],
    },
    prices: { replicas: 2, cpu: 1, work: '5ms' },
  },
  traffic: {
    shoppers: { to: 'edge', rate: 60, timeout: '2s', retries: { attempts: 2, jitter: 'none' } },
    bots: { to: 'edge', clients: 10, think: { mean: '1s' } },
  },
  faults: [
    { at: '1m', fail: 'prices', rate: '60%', for: '1m' },
    { at: '2m30s', slow: 'search', by: '400ms', for: '1m' },
    { at: '3m', cut: ['catalog', 'prices'], for: '30s' },
    { at: '4m', hog: 'node-1', share: '80%', for: '1m' },
    { at: '5m', spike: 'shoppers', factor: 3, for: '30s' },
  ],
});
