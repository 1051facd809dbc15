import { defineScenario, steps } from 'cloudscope';

/**
 * Sellers upload photos: 20 a second, then 100 a second for one minute. `web` stores
 * each photo (about 10 ms) and leaves a message for `images` on a broker: "make this
 * photo's thumbnails" (about 40 ms each). Two `images` instances take the messages
 * from the queue, oldest first, about 50 a second; nobody waits for them.
 */
export default defineScenario({
  name: 'uploads: thumbnails through a queue',
  duration: '5m',
  services: {
    web: {
      replicas: 3,
      cpu: 1,
      work: { mean: '10ms' },
      // Publish a message to images' queue on the broker and answer at once.
      calls: [{ to: 'images', async: true }],
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
