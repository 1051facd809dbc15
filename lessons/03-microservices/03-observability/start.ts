import { defineScenario } from 'cloudscope';

// A small shop. A shopper's page goes to the gateway, which asks catalog for the
// products and reviews for the stars, at the same time. Catalog asks inventory
// (is it in stock?) and pricing (what does it cost?), also at the same time.
// At 0:30 the reviews team ships reviews v2; at 1:00 the inventory team ships
// inventory v2. Something gets slower. Which one is it?
// (Work times and replica counts are illustrative.)
export default defineScenario({
  name: 'a shop that gets slower after a deploy',
  duration: '3m',
  cluster: { nodes: 4 },
  services: {
    gateway: {
      replicas: 2,
      cpu: 1,
      work: { p50: '2ms', p99: '10ms' },
      calls: [{ parallel: ['catalog', 'reviews'] }],
    },
    catalog: {
      replicas: 2,
      cpu: 1,
      work: { p50: '5ms', p99: '20ms' },
      calls: [{ parallel: ['inventory', 'pricing'] }],
    },
    inventory: {
      replicas: 3,
      cpu: 1,
      work: { p50: '10ms', p99: '40ms' },
      versions: { v2: { work: { p50: '60ms', p99: '250ms' } } },
    },
    pricing: { replicas: 2, cpu: 1, work: { p50: '8ms', p99: '30ms' } },
    reviews: {
      replicas: 2,
      cpu: 1,
      work: { p50: '15ms', p99: '50ms' },
      versions: { v2: { work: { p50: '14ms', p99: '45ms' } } },
    },
  },
  // 20 page views a second; one in ten is traced end to end.
  traffic: { shoppers: { to: 'gateway', rate: 20 } },
  traceSampling: '10%',
  faults: [
    { at: '30s', deploy: 'reviews', version: 'v2' },
    { at: '1m', deploy: 'inventory', version: 'v2' },
  ],
});
