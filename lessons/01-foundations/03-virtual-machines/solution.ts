import { defineScenario } from 'cloudscope';

/**
 * One answer: pack the VMs onto as few hosts as they fit, and give back the
 * hosts that would stand empty. Every host you list is a host you pay for:
 * $2 an hour for 16 cores and 16 GiB (an illustrative price).
 */
export default defineScenario({
  name: 'challenge: fewer hosts, solved',
  duration: '2m',
  hosts: [
    { name: 'host-1', cpu: 16, memory: '16Gi', pricePerHour: 2 },
    { name: 'host-2', cpu: 16, memory: '16Gi', pricePerHour: 2 },
  ],
  cluster: {
    // 'binpack' puts each new VM on the fullest host it still fits on,
    // so the small VMs fill host-1 and host-2 stays whole for db.
    scheduler: 'binpack',
  },
  // Each VM also carries its guest OS: 512 MiB on top of the memory below.
  services: {
    web: { runtime: 'vm', replicas: 4, cpu: 1, memory: '1536Mi' },
    worker: { runtime: 'vm', replicas: 2, cpu: 2, memory: '3584Mi' },
    db: { runtime: 'vm', replicas: 1, cpu: 4, memory: '11776Mi' },
  },
});
