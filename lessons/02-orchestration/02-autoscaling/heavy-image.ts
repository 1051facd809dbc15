import { defineScenario } from 'cloudscope';

/**
 * The same serverless world, with a heavy image: every new task downloads
 * 1,400 MiB before it can start.
 */
export default defineScenario({
  name: 'a spike, serverless, a heavy image',
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
      // A heavy image: the same base and app, plus the tools the app was built with (illustrative sizes).
      image: {
        name: 'web:heavy',
        layers: [
          { id: 'base-os', size: '80Mi' },
          { id: 'build-tools', size: '1300Mi' },
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
