import { defineScenario } from 'cloudscope';

/**
 * The same stuck process, now watched by two probes.
 */
export default defineScenario({
  name: 'probes: liveness and readiness',
  duration: '3m',
  cluster: { nodes: 3, node: { cpu: 2, memory: '4Gi' } },
  services: {
    web: {
      replicas: 3,
      cpu: 0.5,
      work: { p50: '10ms', p99: '40ms' },
      // Readiness: asked every 2 s; 3 failures in a row take the instance out of the load balancer.
      readiness: { period: '2s' },
      // Liveness: Kubernetes' defaults, asked every 10 s; 3 failures in a row restart the container.
      liveness: true,
    },
  },
  traffic: { users: { to: 'web', rate: 30, timeout: '2s' } },
  faults: [{ at: '1m', hang: 'web-2' }],
});
