import { defineScenario } from 'cloudscope';

/**
 * The same app as VMs, as microVMs and as containers on physical hosts:
 * what fits, how long it takes to start, and what a kernel panic takes down.
 */
export default defineScenario({
  name: 'VMs, microVMs and containers',
  duration: '3m',
  hosts: [
    { name: 'host-1', cpu: 32, memory: '24Gi' },
    { name: 'host-2', cpu: 32, memory: '24Gi' },
  ],
  cluster: { nodes: [{ name: 'vm-node', host: 'host-2', cpu: 8, memory: '8Gi' }] },
  services: {
    'as-vm': { runtime: 'vm', replicas: 6, cpu: 1, memory: '2Gi' },
    'as-microvm': { runtime: 'microvm', replicas: 6, cpu: 1, memory: '2Gi' },
    'as-container': {
      replicas: 3,
      cpu: 1,
      memory: '2Gi',
      image: {
        layers: [
          { id: 'base-os', size: '80Mi' },
          { id: 'app', size: '30Mi' },
        ],
      },
    },
    batch: {
      replicas: 0,
      cpu: 1,
      memory: '1Gi',
      image: {
        layers: [
          { id: 'base-os', size: '80Mi' },
          { id: 'batch', size: '200Mi' },
        ],
      },
    },
  },
  traffic: { users: { to: 'as-container', rate: 20 } },
  faults: [
    { at: '10s', scale: 'as-vm', replicas: 12 },
    { at: '20s', scale: 'batch', replicas: 2 },
    { at: '60s', panic: 'as-vm-2' },
    { at: '90s', panic: 'as-container-1' },
    {
      at: '100s',
      addNode: { name: 'vm-node-2', host: 'host-1', cpu: 4, memory: '4Gi', boot: '30s' },
    },
  ],
});
