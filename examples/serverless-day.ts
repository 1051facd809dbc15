import { daily, defineScenario, spike, sum } from 'cloudscope';

/**
 * A day of traffic on serverless tasks that scale with load: a daily cycle,
 * a lunchtime spike, the launch rate limit, and the bill.
 */
export default defineScenario({
  name: 'a day on serverless containers',
  duration: '1d',
  services: {
    api: {
      runtime: 'serverless',
      replicas: 2,
      cpu: 1,
      memory: '2Gi',
      work: { mean: '40ms' },
      autoscale: { min: 2, max: 60, rps: 20 },
    },
  },
  traffic: {
    users: {
      to: 'api',
      rate: sum(
        daily({ min: 2, max: 40, peakAt: '14h' }),
        spike({ base: 0, peak: 150, at: '12h', for: '20m', ramp: '2m' }),
      ),
    },
  },
  goals: [{ costBelow: 20 }, { errorRate: 'users', below: '1%' }],
  traceSampling: '0.1%',
});
