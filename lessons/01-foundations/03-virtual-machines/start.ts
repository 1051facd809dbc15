import { defineScenario } from 'cloudscope';

/**
 * The challenge: seven VMs, rented hosts. Every host you list is a host you
 * pay for, whether VMs run on it or not: $2 an hour for 16 cores and 16 GiB
 * (an illustrative price; a host twice as big costs twice as much).
 */
export default defineScenario({
  name: 'challenge: fewer hosts',
  duration: '2m',
  hosts: [
    { name: 'host-1', cpu: 16, memory: '16Gi', pricePerHour: 2 },
    { name: 'host-2', cpu: 16, memory: '16Gi', pricePerHour: 2 },
    { name: 'host-3', cpu: 16, memory: '16Gi', pricePerHour: 2 },
    { name: 'host-4', cpu: 16, memory: '16Gi', pricePerHour: 2 },
  ],
  cluster: {
    // How a host is chosen for each new VM: 'spread' puts it on the emptiest host.
    scheduler: 'spread',
  },
  // Each VM also carries its guest OS: 512 MiB on top of the memory below.
  services: {
    web: { runtime: 'vm', replicas: 4, cpu: 1, memory: '1536Mi' },
    worker: { runtime: 'vm', replicas: 2, cpu: 2, memory: '3584Mi' },
    db: { runtime: 'vm', replicas: 1, cpu: 4, memory: '11776Mi' },
  },
});
