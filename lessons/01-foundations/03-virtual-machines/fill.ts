import { defineScenario } from 'cloudscope';

/**
 * One physical server with a hypervisor; at 0:05 twelve VMs are asked for.
 * Each VM runs one copy of web, which asks for 1 GiB of memory; the VM's own
 * guest operating system takes 512 MiB more (an illustrative figure).
 */
export default defineScenario({
  name: 'filling a host',
  duration: '2m',
  hosts: [{ name: 'host-1', cpu: 32, memory: '16Gi' }],
  services: {
    web: { runtime: 'vm', replicas: 0, cpu: 1, memory: '1Gi' },
  },
  faults: [{ at: '5s', scale: 'web', replicas: 12 }],
});
