import { defineScenario, spike, sum } from 'cloudscope';

/**
 * One answer: ship only what web needs at run time, so that a new task starts
 * in seconds, and aim the autoscaler at 50% CPU, so that every task keeps room
 * for the traffic that arrives while the next ones start.
 */
export default defineScenario({
  name: 'challenge: ride out the spike, solved',
  duration: '20m',
  services: {
    web: {
      runtime: 'serverless',
      // The task size: half a vCPU and 1 GiB of memory.
      cpu: 0.5,
      memory: '1Gi',
      replicas: 2,
      work: { p50: '20ms', p99: '60ms' },
      readiness: true,
      // Built in two stages: the build tools stay behind, 100 MiB remain (illustrative sizes).
      image: {
        name: 'web:slim',
        layers: [
          { id: 'base-os', size: '80Mi' },
          { id: 'web-app', size: '20Mi' },
        ],
      },
      // Headroom: scale so that the average task is half busy.
      autoscale: { min: 2, max: 20, cpu: '50%' },
    },
  },
  traffic: {
    users: {
      to: 'web',
      // The traffic is what it is: the challenge keeps it as it is.
      rate: sum(
        spike({ base: 20, peak: 120, at: '1m', for: '5m', ramp: '90s' }),
        // The second wave: back up to 120 requests per second, 7:00 to 8:00.
        spike({ base: 0, peak: 100, at: '7m', for: '1m', ramp: '15s' }),
      ),
      // The users' app waits 2 s for an answer, then reports a failure.
      timeout: '2s',
    },
  },
});
