import { daily, defineScenario, spike, sum } from 'cloudscope';

/*
 * The same week, served by servers rented from a cloud provider, as many as
 * the load needs at each moment. Scaled down like start.ts: each simulated
 * request stands for 40 real ones.
 */
export default defineScenario({
  name: 'a week in the cloud',
  duration: '7d',
  // No servers of our own.
  cluster: { nodes: 0 },
  services: {
    shop: {
      // Each copy of the shop is a virtual machine from the provider's
      // capacity, paid only while it exists (illustrative: $0.10 an hour,
      // the same as an owned server, so only the hours differ).
      runtime: 'vm',
      pricePerHour: 0.1,
      cpu: 1,
      concurrency: 1,
      queue: 5,
      work: '4s',
      // Capacity follows demand: once a minute, rent or return servers so
      // that each is about 60% busy. The other 40% is headroom.
      autoscale: { min: 1, max: 30, cpu: '60%', syncPeriod: '1m' },
    },
  },
  traffic: {
    users: {
      to: 'shop',
      rate: sum(
        daily({ min: 0.1, max: 1, peakAt: '14h' }),
        spike({ base: 0, peak: 3, at: '3d20h', for: '2h', ramp: '5m' }),
      ),
    },
  },
  traceSampling: 0,
});
