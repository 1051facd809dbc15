import { defineScenario } from 'cloudscope';

// The same shop, another day. At 1:00 three teams ship at once: catalog,
// pricing and reviews each roll out a version 2. Soon shoppers complain.
// Try to find what broke from the views before you read on.
export default defineScenario({
  name: 'a shop after a busy release',
  duration: '3m',
  cluster: { nodes: 4 },
  services: {
    gateway: {
      replicas: 2,
      cpu: 1,
      work: { p50: '2ms', p99: '10ms' },
      // Reviews are nice to have: if they fail, the page is shown without stars.
      calls: [{ parallel: ['catalog', { to: 'reviews', fallback: true }] }],
    },
    catalog: {
      replicas: 2,
      cpu: 1,
      work: { p50: '5ms', p99: '20ms' },
      // Catalog gives up on pricing after 300 ms.
      calls: [{ parallel: ['inventory', { to: 'pricing', timeout: '300ms' }] }],
      versions: { v2: { work: { p50: '4ms', p99: '18ms' } } },
    },
    inventory: { replicas: 3, cpu: 1, work: { p50: '10ms', p99: '40ms' } },
    pricing: {
      replicas: 3,
      cpu: 1,
      work: { p50: '8ms', p99: '30ms' },
      versions: { v2: { work: { p50: '60ms', p99: '300ms' } } },
    },
    reviews: {
      replicas: 2,
      cpu: 1,
      work: { p50: '15ms', p99: '50ms' },
      errorRate: '3%',
      versions: { v2: { work: { p50: '14ms', p99: '45ms' } } },
    },
  },
  // 20 page views a second; one in ten is traced end to end.
  traffic: { shoppers: { to: 'gateway', rate: 20 } },
  traceSampling: '10%',
  faults: [
    { at: '1m', deploy: 'catalog', version: 'v2' },
    { at: '1m', deploy: 'pricing', version: 'v2' },
    { at: '1m', deploy: 'reviews', version: 'v2' },
  ],
});
