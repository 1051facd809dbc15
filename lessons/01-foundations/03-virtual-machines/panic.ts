import { defineScenario } from 'cloudscope';

/**
 * Three VMs of web share one host. At 1:00 the kernel of web-2's guest
 * operating system panics.
 */
export default defineScenario({
  name: 'a kernel panic in one VM',
  duration: '2m30s',
  hosts: [{ name: 'host-1', cpu: 16, memory: '16Gi' }],
  services: {
    web: { runtime: 'vm', replicas: 3, cpu: 1, memory: '1Gi' },
  },
  traffic: { users: { to: 'web', rate: 60 } },
  faults: [{ at: '1m', panic: 'web-2' }],
});
