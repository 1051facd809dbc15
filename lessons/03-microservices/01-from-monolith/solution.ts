import { defineScenario, spike } from 'cloudscope';

/**
 * A solution: the thumbnails become their own service, small and autoscaled. `shop`
 * keeps the pages and the catalogue in memory, at two copies; only `images` grows with
 * the sale.
 */
export default defineScenario({
  name: 'solution: let the hot part scale alone',
  duration: '12m',
  cluster: { nodes: 0 },
  services: {
    shop: {
      runtime: 'serverless',
      cpu: 1,
      memory: '8Gi',
      replicas: 2,
      // The page alone.
      work: { mean: '10ms' },
      readiness: true,
      calls: [{ to: 'images' }],
    },
    images: {
      runtime: 'serverless',
      // Making thumbnails needs CPU, not the catalogue: a small task.
      cpu: 1,
      memory: '1Gi',
      replicas: 2,
      work: { mean: '40ms' },
      readiness: true,
      // A short scale-down window (the default is 5 minutes) stops paying for the sale soon after it.
      autoscale: { min: 2, max: 20, cpu: '50%', scaleDownWindow: '1m' },
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
