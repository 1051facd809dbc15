import { daily, defineScenario, spike, sum } from 'cloudscope';

/**
 * A week of traffic at the size lesson 1 would like to show: a daily cycle
 * between 2 and 40 requests/s and one spike to 120, served by a fixed fleet
 * sized for the spike (about 12.8 million requests in all).
 */
export default defineScenario({
  name: 'a week of traffic, fixed fleet',
  duration: '7d',
  cluster: { nodes: 3 },
  services: { web: { replicas: 6, cpu: 0.5, work: { mean: '20ms' } } },
  traffic: {
    users: {
      to: 'web',
      rate: sum(
        daily({ min: 2, max: 40, peakAt: '14h' }),
        spike({ base: 0, peak: 80, at: '3d14h', for: '30m', ramp: '5m' }),
      ),
    },
  },
  traceSampling: 0,
});
