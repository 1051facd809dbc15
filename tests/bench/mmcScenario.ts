import { defineScenario } from 'cloudscope';

/** Parameters of the M/M/c benchmark model: 10 servers at 80% load. */
export const MMC = { servers: 10, arrivalRate: 80, serviceRate: 10, customers: 200_000 };

/**
 * The M/M/c queue as a cloudscope scenario: Poisson arrivals, one instance
 * with `servers` workers and enough CPU for all of them, exponential work,
 * an unbounded queue, no network delay, clients that wait forever.
 */
export default defineScenario({
  name: 'M/M/c: 10 servers at 80% load',
  duration: `${Math.ceil(MMC.customers / MMC.arrivalRate)}s`,
  cluster: { nodes: 1, node: { cpu: 16 }, networkLatency: 0 },
  services: {
    desk: {
      replicas: 1,
      cpu: MMC.servers,
      concurrency: MMC.servers,
      queue: 1_000_000,
      work: { mean: `${1000 / MMC.serviceRate}ms` },
    },
  },
  traffic: { customers: { to: 'desk', rate: MMC.arrivalRate, timeout: '100d' } },
  traceSampling: 0,
});
