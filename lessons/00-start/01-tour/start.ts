import { defineScenario } from 'cloudscope';

/**
 * A tour of cloudscope: users call a gateway, the gateway calls `web`, and
 * `web` runs as two replicas on a cluster of two nodes. At 1:00, node-1 dies.
 */
export default defineScenario({
  name: 'a tour: one node of two dies',
  duration: '3m',
  cluster: { nodes: 2 },
  services: {
    // The gateway runs on the provider's capacity, outside the cluster, so the node failure
    // does not touch it: it is the front door that the users' requests come through.
    gateway: {
      runtime: 'serverless',
      replicas: 2,
      cpu: 1,
      work: '1ms',
      calls: [{ to: 'web', timeout: '2s' }],
    },
    web: { replicas: 2, cpu: 1, work: { p50: '10ms', p99: '40ms' } },
  },
  traffic: { users: { to: 'gateway', rate: 20, timeout: '5s' } },
  faults: [{ at: '1m', kill: 'node-1' }],
});
