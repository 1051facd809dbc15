import type { Scenario } from '../scenario/scenario.ts';

/**
 * The rendering benchmark's world: 200 containers on 20 nodes and about
 * 1,000 requests in flight (500 requests/s, each waiting a second on its
 * backend), so the cluster and service graph views draw under load.
 */
export function benchScenario(): Scenario {
  const services: Scenario['services'] = {
    front: {
      replicas: 20,
      cpu: 0.5,
      memory: '256Mi',
      concurrency: 500,
      queue: 1000,
      work: '1ms',
      calls: ['back'],
    },
    back: {
      replicas: 20,
      cpu: 0.5,
      memory: '256Mi',
      concurrency: 500,
      queue: 1000,
      work: { min: '900ms', max: '1100ms' },
    },
  };
  for (let i = 1; i <= 8; i++) {
    services[`side-${i}`] = { replicas: 20, cpu: 0.5, memory: '256Mi', work: '2ms' };
  }
  return {
    name: 'rendering benchmark',
    duration: '2m',
    cluster: { nodes: 20, node: { cpu: 16, memory: '64Gi' } },
    services,
    traffic: {
      users: { to: 'front', rate: 500, timeout: '10s' },
      others: { to: 'side-1', rate: 20 },
    },
    traceSampling: 0,
  };
}
