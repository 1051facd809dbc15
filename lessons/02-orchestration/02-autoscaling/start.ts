import { defineScenario, spike, sum } from 'cloudscope';

/**
 * The challenge: web runs on serverless tasks. From 1:00 traffic climbs from
 * 20 to 120 requests per second in 90 seconds, stays there until 4:30 and
 * falls back by 6:00; a second wave comes at 7:00. As written, web falls
 * behind the climb.
 */
export default defineScenario({
  name: 'challenge: ride out the spike',
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
      // Every new task downloads its whole image before it starts (illustrative sizes).
      image: {
        name: 'web:heavy',
        layers: [
          { id: 'base-os', size: '80Mi' },
          // The compilers and libraries the app was built with.
          { id: 'build-tools', size: '1300Mi' },
          { id: 'web-app', size: '20Mi' },
        ],
      },
      autoscale: { min: 2, max: 20, cpu: '60%' },
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
