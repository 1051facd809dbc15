import { defineScenario } from 'cloudscope';

/**
 * The same shop as two services. `web` renders the page (about 10 ms) and asks `images`
 * for the thumbnails (about 40 ms) over the network. Each message between them takes
 * 1 ms one way (the simulator's default, illustrative).
 */
export default defineScenario({
  name: 'the same shop, split in two',
  duration: '4m',
  cluster: { networkLatency: '1ms' },
  services: {
    web: {
      replicas: 3,
      cpu: 1,
      work: '10ms',
      // Wait at most half a second for the thumbnails; without them, show the page anyway.
      calls: [{ to: 'images', timeout: '500ms', fallback: true }],
    },
    images: {
      replicas: 3,
      cpu: 1,
      work: '40ms',
    },
  },
  traffic: {
    shoppers: { to: 'web', rate: 10, timeout: '2s' },
  },
  // A network fault the monolith could not have: web and images cannot reach each
  // other for 30 seconds.
  faults: [{ at: '2m', cut: ['web', 'images'], for: '30s' }],
});
