import { defineScenario } from 'cloudscope';

/**
 * How many copies of web fit on one host? web asks for 512 MiB and a
 * quarter of a core per copy, and at 0:05 we ask for 40 copies. Change `runtime`
 * to 'vm' or 'microvm' and run it again to compare.
 */
export default defineScenario({
  name: 'filling a host with containers',
  duration: '1m',
  hosts: [{ name: 'host-1', cpu: 16, memory: '16Gi' }],
  cluster: { nodes: 0 },
  services: {
    web: { runtime: 'container', replicas: 0, cpu: 0.25, memory: '512Mi' },
  },
  faults: [{ at: '5s', scale: 'web', replicas: 40 }],
});
