import { defineScenario, steps } from 'cloudscope';

/**
 * Sellers upload photos: 20 a second, then 100 a second for one minute. `web` stores
 * each photo (about 10 ms) and asks `images` to make its thumbnails (about 40 ms) and
 * waits for them. Two `images` instances make about 50 sets of thumbnails a second.
 */
export default defineScenario({
  name: 'uploads: web waits for the thumbnails',
  duration: '5m',
  services: {
    web: {
      replicas: 3,
      cpu: 1,
      work: { mean: '10ms' },
      calls: [{ to: 'images' }],
    },
    images: {
      replicas: 2,
      cpu: 1,
      work: { mean: '40ms' },
    },
  },
  traffic: {
    sellers: {
      to: 'web',
      rate: steps([
        [0, 20],
        ['1m', 100],
        ['2m', 20],
      ]),
      timeout: '2s',
    },
  },
});
