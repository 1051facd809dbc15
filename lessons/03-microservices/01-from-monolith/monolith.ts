import { defineScenario } from 'cloudscope';

/**
 * The shop as one process. Every request renders a product page (about 10 ms of CPU)
 * and makes the product's thumbnails (about 40 ms): one function calls the other,
 * inside the same program, so the service's work is the sum, about 50 ms.
 */
export default defineScenario({
  name: 'the monolith',
  duration: '4m',
  services: {
    shop: {
      replicas: 3,
      cpu: 1,
      work: '50ms',
    },
  },
  traffic: {
    shoppers: { to: 'shop', rate: 10, timeout: '2s' },
  },
});
