import { defineScenario } from 'cloudscope';

/**
 * One answer: give up on a silent replica quickly and try another (a 300 ms
 * timeout, up to three tries), and spread four replicas over four nodes, so
 * that only a quarter of the tries meet the dead node.
 */
export default defineScenario({
  name: 'a tour: surviving the node failure',
  duration: '3m',
  cluster: { nodes: 4 },
  services: {
    gateway: {
      runtime: 'serverless',
      replicas: 2,
      cpu: 1,
      work: '1ms',
      calls: [{ to: 'web', timeout: '300ms', retries: 2 }],
    },
    web: { replicas: 4, cpu: 1, work: { p50: '10ms', p99: '40ms' } },
  },
  traffic: { users: { to: 'gateway', rate: 20, timeout: '5s' } },
  faults: [{ at: '1m', kill: 'node-1' }],
});
