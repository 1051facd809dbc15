import { defineScenario } from 'cloudscope';

/**
 * The same spike on serverless containers (Fargate-style): no nodes at all.
 * Each replica is a task on the provider's capacity, with the size you give it.
 */
export default defineScenario({
  name: 'a spike, serverless',
  duration: '13m',
  services: {
    web: {
      runtime: 'serverless',
      // The task size: half a vCPU and 1 GiB of memory.
      cpu: 0.5,
      memory: '1Gi',
      replicas: 2,
      work: { p50: '20ms', p99: '60ms' },
      readiness: true,
      // A slim image: an 80 MiB base and 20 MiB of app (illustrative sizes).
      image: {
        name: 'web:slim',
        layers: [
          { id: 'base-os', size: '80Mi' },
          { id: 'web-app', size: '20Mi' },
        ],
      },
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
