import { defineScenario } from 'cloudscope';

/**
 * The same cluster and the same failure, with one change: the gateway gives up
 * on a try after 300 ms and tries again, up to three tries in all.
 */
export default defineScenario({
  name: 'a tour: the same failure, with quick retries',
  duration: '3m',
  cluster: { nodes: 2 },
  services: {
    gateway: {
      runtime: 'serverless',
      replicas: 2,
      cpu: 1,
      work: '1ms',
      calls: [{ to: 'web', timeout: '300ms', retries: 2 }],
    },
    web: { replicas: 2, cpu: 1, work: { p50: '10ms', p99: '40ms' } },
  },
  traffic: { users: { to: 'gateway', rate: 20, timeout: '5s' } },
  faults: [{ at: '1m', kill: 'node-1' }],
});
