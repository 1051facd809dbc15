import { defineScenario } from 'cloudscope';

/**
 * The same spike, now with an autoscaler: the HorizontalPodAutoscaler's rule
 * and Kubernetes' defaults (a look every 15 s, a tolerance of 0.1, a 5-minute
 * scale-down window).
 */
export default defineScenario({
  name: 'a spike, autoscaled',
  duration: '13m',
  cluster: { nodes: 4, node: { cpu: 4, memory: '8Gi' } },
  services: {
    web: {
      replicas: 2,
      cpu: 0.5,
      work: { p50: '20ms', p99: '60ms' },
      readiness: true,
      // Keep the replicas' average CPU near 60% of the half core each one requests.
      autoscale: { min: 2, max: 20, cpu: '60%' },
    },
  },
  // The users' app waits 2 s for an answer, then reports a failure.
  traffic: { users: { to: 'web', rate: 20, timeout: '2s' } },
  faults: [
    { at: '1m', spike: 'users', factor: 6, for: '4m' },
    { at: '6m', spike: 'users', factor: 6, for: '1m' },
  ],
});
