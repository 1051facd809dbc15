import { defineScenario } from 'cloudscope';

/**
 * A rolling update: at 0:30 web moves from v1 to v2. A v2 process takes 20 s
 * to start (an illustrative figure). The Deployment's defaults set the pace.
 */
export default defineScenario({
  name: 'a rolling update',
  duration: '4m',
  cluster: { nodes: 3, node: { cpu: 2, memory: '4Gi' } },
  services: {
    web: {
      replicas: 4,
      cpu: 0.5,
      work: { p50: '10ms', p99: '40ms' },
      readiness: true,
      // Kubernetes' defaults: up to 25% extra (rounded up), up to 25% missing (rounded down).
      rollout: { maxSurge: '25%', maxUnavailable: '25%' },
      versions: { v2: { start: '20s' } },
    },
  },
  traffic: { users: { to: 'web', rate: 40, timeout: '2s' } },
  faults: [{ at: '30s', deploy: 'web', version: 'v2' }],
});
