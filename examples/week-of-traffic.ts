import { daily, defineScenario, spike, sum } from 'cloudscope';

/*
 * Traffic over a week, with a daily cycle and one spike, served twice: by a
 * fixed fleet sized for the spike, and by a fleet that follows demand.
 *
 * A week of requests one by one is a lot of simulation, so the requests here
 * are 40 times fewer and 40 times heavier than a busy shop's (1 request/s at
 * the daily peak, 800 ms of CPU each, instead of 40/s at 20 ms): the CPU
 * load, and with it the fleet's size and cost, is the same. The series of a
 * run this long are sampled every 3 minutes.
 */
const demand = sum(
  daily({ min: 0.05, max: 1, peakAt: '14h' }),
  spike({ base: 0, peak: 2, at: '3d14h', for: '30m', ramp: '5m' }),
);

const app = { cpu: 1, concurrency: 4, work: { mean: '800ms' } } as const;

export default defineScenario({
  name: 'a week of traffic: fixed fleet or following demand',
  duration: '7d',
  cluster: { nodes: 4, node: { cpu: 4, pricePerHour: 0.2 } },
  services: {
    fixed: { ...app, replicas: 4 },
    elastic: { ...app, replicas: 1, autoscale: { min: 1, max: 6, cpu: '60%' } },
  },
  traffic: {
    shop: { to: 'fixed', rate: demand, timeout: '30s' },
    twin: { to: 'elastic', rate: demand, timeout: '30s' },
  },
  goals: [
    // A fixed fleet of 4 uses 4 × 7 × 24 × 60 = 40,320 instance-minutes.
    { instanceMinutes: 'fixed', below: 20_000 },
    { instanceMinutes: 'elastic', below: 20_000 },
    { errorRate: 'shop', below: '1%' },
    { errorRate: 'twin', below: '1%' },
  ],
  traceSampling: 0,
});
