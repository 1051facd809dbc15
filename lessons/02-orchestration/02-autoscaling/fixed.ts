import { defineScenario } from 'cloudscope';

/**
 * A traffic spike: the users' rate jumps from 20 to 120 requests per second at
 * 1:00 for four minutes, and a second wave comes at 6:00 for one minute.
 * web has two replicas, and nothing changes that number.
 */
export default defineScenario({
  name: 'a spike, fixed replicas',
  duration: '13m',
  cluster: { nodes: 4, node: { cpu: 4, memory: '8Gi' } },
  services: {
    web: {
      replicas: 2,
      cpu: 0.5,
      work: { p50: '20ms', p99: '60ms' },
      readiness: true,
    },
  },
  // The users' app waits 2 s for an answer, then reports a failure.
  traffic: { users: { to: 'web', rate: 20, timeout: '2s' } },
  faults: [
    { at: '1m', spike: 'users', factor: 6, for: '4m' },
    { at: '6m', spike: 'users', factor: 6, for: '1m' },
  ],
});
