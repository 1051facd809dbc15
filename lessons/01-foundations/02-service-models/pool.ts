import { defineScenario } from 'cloudscope';

/**
 * What a cloud provider's infrastructure looks like from the inside: physical
 * servers (hosts) with a hypervisor, cut into virtual machines. Rent the VMs
 * and you have IaaS: here four of them are the nodes of your cluster.
 */
export default defineScenario({
  name: 'a pool of servers',
  duration: '1m',
  // The provider's physical servers (under IaaS you never see them), each sized
  // so that two VMs fill it exactly: 2 x (2 cores, 4 GiB + the VM's own OS).
  hosts: [
    { name: 'host-1', cpu: 4, memory: '9Gi' },
    { name: 'host-2', cpu: 4, memory: '9Gi' },
  ],
  // The virtual machines you rent, and on which host each one runs.
  cluster: {
    nodes: [
      { name: 'node-1', host: 'host-1', cpu: 2, memory: '4Gi' },
      { name: 'node-2', host: 'host-1', cpu: 2, memory: '4Gi' },
      { name: 'node-3', host: 'host-2', cpu: 2, memory: '4Gi' },
      { name: 'node-4', host: 'host-2', cpu: 2, memory: '4Gi' },
    ],
  },
  // Your application, as containers on your VMs.
  services: { web: { replicas: 4 } },
  traffic: { users: { to: 'web', rate: 20 } },
});
