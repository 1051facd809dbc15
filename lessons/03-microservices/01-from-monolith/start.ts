import { defineScenario, spike } from 'cloudscope';

/**
 * The challenge: the shop is one process. Every request renders a page (about 10 ms of
 * CPU) and makes the product's thumbnails (about 40 ms): 50 ms in all. At 2:00 a sale
 * begins: six times the traffic at its height, back to normal by 5:00. Each copy of the
 * shop holds the whole catalogue in memory, so each copy is big (illustrative sizes and
 * prices).
 */
export default defineScenario({
  name: 'challenge: let the hot part scale alone',
  duration: '12m',
  cluster: { nodes: 0 },
  services: {
    shop: {
      runtime: 'serverless',
      cpu: 1,
      memory: '8Gi',
      replicas: 3,
      // The page (10 ms) and the thumbnails (40 ms), in one process.
      work: { mean: '50ms' },
      readiness: true,
    },
  },
  traffic: {
    shoppers: {
      to: 'shop',
      rate: spike({ base: 20, peak: 120, at: '2m', for: '3m', ramp: '1m' }),
      timeout: '2s',
    },
  },
});
