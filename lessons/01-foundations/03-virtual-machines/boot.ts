import { defineScenario } from 'cloudscope';

/**
 * Two VMs of web run on a host; at the start a third is asked for. A VM boots a
 * whole guest operating system before its app can start: 40 seconds here,
 * an illustrative figure for "tens of seconds".
 */
export default defineScenario({
  name: 'booting a VM',
  duration: '1m',
  hosts: [{ name: 'host-1', cpu: 32, memory: '16Gi' }],
  services: {
    web: { runtime: 'vm', replicas: 2, cpu: 1, memory: '1Gi' },
  },
  traffic: { users: { to: 'web', rate: 50 } },
  faults: [{ at: '0s', scale: 'web', replicas: 3 }],
});
