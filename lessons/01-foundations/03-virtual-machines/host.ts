import { defineScenario } from 'cloudscope';

/**
 * One physical server (a host) with a hypervisor, cut into three virtual
 * machines: two run a copy of web each, one runs db.
 */
export default defineScenario({
  name: 'one host, three VMs',
  duration: '1m',
  hosts: [{ name: 'host-1', cpu: 16, memory: '16Gi' }],
  services: {
    // runtime: 'vm' makes every instance a whole virtual machine.
    web: { runtime: 'vm', replicas: 2, cpu: 1, memory: '1Gi', calls: ['db'] },
    db: { runtime: 'vm', replicas: 1, cpu: 2, memory: '4Gi' },
  },
  traffic: { users: { to: 'web', rate: 20 } },
});
