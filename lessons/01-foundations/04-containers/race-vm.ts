import { defineScenario } from 'cloudscope';

/**
 * The start race, run as VMs: web has no copy running until its first
 * users arrive at 0:05; then eight copies are asked for at once. Every
 * request that arrives before a copy is ready fails.
 */
export default defineScenario({
  name: 'start race: VMs',
  duration: '1m',
  hosts: [{ name: 'host-1', cpu: 16, memory: '16Gi' }],
  cluster: { nodes: 0 },
  services: {
    web: { runtime: 'vm', replicas: 0, cpu: 0.25, memory: '512Mi' },
  },
  traffic: {
    users: {
      to: 'web',
      rate: {
        steps: [
          ['0s', 0],
          ['5s', 50],
        ],
      },
    },
  },
  faults: [{ at: '5s', scale: 'web', replicas: 8 }],
});
