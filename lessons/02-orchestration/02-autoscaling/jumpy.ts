import { defineScenario } from 'cloudscope';

/**
 * The same autoscaler without its two brakes: no tolerance, and no
 * scale-down window.
 */
export default defineScenario({
  name: 'a spike, autoscaled without brakes',
  duration: '13m',
  cluster: { nodes: 4, node: { cpu: 4, memory: '8Gi' } },
  services: {
    web: {
      replicas: 2,
      cpu: 0.5,
      work: { p50: '20ms', p99: '60ms' },
      readiness: true,
      // Act on every difference from 60%, and scale down as soon as the numbers say so.
      autoscale: { min: 2, max: 20, cpu: '60%', tolerance: 0, scaleDownWindow: '0s' },
    },
  },
  // The users' app waits 2 s for an answer, then reports a failure.
  traffic: { users: { to: 'web', rate: 20, timeout: '2s' } },
  faults: [
    { at: '1m', spike: 'users', factor: 6, for: '4m' },
    { at: '6m', spike: 'users', factor: 6, for: '1m' },
  ],
});
