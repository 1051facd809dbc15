import { defineScenario } from 'cloudscope';

/**
 * A stuck process: at 1:00 web-2 hangs. It still accepts requests but never
 * answers them. No probe is watching it.
 */
export default defineScenario({
  name: 'probes: none',
  duration: '3m',
  cluster: { nodes: 3, node: { cpu: 2, memory: '4Gi' } },
  services: {
    web: { replicas: 3, cpu: 0.5, work: { p50: '10ms', p99: '40ms' } },
  },
  traffic: { users: { to: 'web', rate: 30, timeout: '2s' } },
  faults: [{ at: '1m', hang: 'web-2' }],
});
