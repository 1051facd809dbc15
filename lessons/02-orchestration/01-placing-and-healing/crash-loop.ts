import { defineScenario } from 'cloudscope';

/**
 * A container that keeps crashing: `report` reads a setting that is missing,
 * and its process exits 5 seconds after every start. The kubelet restarts it,
 * waiting longer each time.
 */
export default defineScenario({
  name: 'healing: a crash loop',
  duration: '10m',
  cluster: { nodes: 2, node: { cpu: 2, memory: '4Gi' } },
  services: {
    web: { replicas: 2, cpu: 0.5, work: { p50: '10ms', p99: '40ms' } },
    // The bug: every start ends in a crash 5 s later.
    report: { replicas: 1, cpu: 0.5, crashAfter: '5s' },
  },
  traffic: { users: { to: 'web', rate: 20 } },
});
