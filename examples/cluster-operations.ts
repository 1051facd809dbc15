import { defineScenario } from 'cloudscope';

/**
 * Running containers on a cluster: probes, autoscaling, a node lost and its
 * pods rescheduled after the detection delay, a good rolling update and a bad
 * one that crash-loops and stalls.
 */
export default defineScenario({
  name: 'cluster operations',
  duration: '30m',
  cluster: { nodes: 4, node: { cpu: 4, memory: '8Gi' }, scheduler: 'spread' },
  services: {
    web: {
      replicas: 3,
      cpu: 0.5,
      memory: '512Mi',
      work: { p50: '15ms', p99: '60ms' },
      readiness: true,
      liveness: true,
      warmup: '5s',
      autoscale: { min: 3, max: 12, cpu: '60%' },
      calls: [{ to: 'api', timeout: '1s' }],
      versions: { v2: { work: { p50: '12ms', p99: '50ms' } } },
    },
    api: {
      replicas: 4,
      cpu: 0.5,
      work: { mean: '20ms' },
      readiness: { period: '5s' },
      liveness: true,
      warmup: '3s',
      versions: {
        v2: {
          crashAfter: '2s',
          image: {
            layers: [
              { id: 'base-os', size: '80Mi' },
              { id: 'api-v2', size: '40Mi' },
            ],
          },
        },
      },
    },
  },
  traffic: {
    users: {
      to: 'web',
      rate: {
        steps: [
          ['0s', 40],
          ['5m', 90],
          ['15m', 40],
        ],
      },
    },
  },
  faults: [
    { at: '2m', hang: 'api-2' },
    { at: '8m', kill: 'node-2' },
    { at: '20m', deploy: 'web', version: 'v2' },
    { at: '17m', deploy: 'api', version: 'v2' },
  ],
  goals: [
    { errorRate: 'users', below: '2%' },
    { event: 'nodeEvicted', subject: 'node-2' },
  ],
});
