import { defineScenario } from 'cloudscope';

/**
 * Healing after a node dies: three replicas of web, one per node. node-1 dies
 * at 1:00. The control plane keeps Kubernetes' real timings: 50 s before the
 * node is marked NotReady, then 300 s before its pods are evicted.
 */
export default defineScenario({
  name: 'healing: a node dies',
  duration: '8m',
  cluster: { nodes: 3, node: { cpu: 2, memory: '4Gi' } },
  services: {
    web: { replicas: 3, cpu: 0.5, work: { p50: '10ms', p99: '40ms' } },
  },
  // The users' app waits 2 s for an answer, then reports a failure.
  traffic: { users: { to: 'web', rate: 30, timeout: '2s' } },
  faults: [{ at: '1m', kill: 'node-1' }],
});
