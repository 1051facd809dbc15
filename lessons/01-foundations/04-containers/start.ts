import { defineScenario } from 'cloudscope';

/**
 * The challenge: a platform that runs its customers' apps. Two tenants,
 * acme and globex, each ask for 30 copies of their app at 0:10, and their users
 * arrive at 0:15. At 1:00 a bug in acme's code panics the kernel under
 * acme-1; at 1:30 a bug in globex's code panics the kernel under globex-1.
 * The three hosts are all you have.
 */
export default defineScenario({
  name: 'challenge: two tenants, three hosts',
  duration: '2m',
  hosts: [
    { name: 'host-1', cpu: 16, memory: '16Gi' },
    { name: 'host-2', cpu: 16, memory: '16Gi' },
    { name: 'host-3', cpu: 16, memory: '16Gi' },
  ],
  // No VM nodes: whatever runs, runs straight on the hosts.
  cluster: { nodes: 0 },
  services: {
    // How each copy runs: 'vm', 'container' or 'microvm'.
    acme: { runtime: 'vm', replicas: 0, cpu: 0.25, memory: '512Mi' },
    globex: { runtime: 'vm', replicas: 0, cpu: 0.25, memory: '512Mi' },
  },
  traffic: {
    'acme-users': {
      to: 'acme',
      rate: {
        steps: [
          ['0s', 0],
          ['15s', 50],
        ],
      },
    },
    'globex-users': {
      to: 'globex',
      rate: {
        steps: [
          ['0s', 0],
          ['15s', 50],
        ],
      },
    },
  },
  faults: [
    { at: '10s', scale: 'acme', replicas: 30 },
    { at: '10s', scale: 'globex', replicas: 30 },
    { at: '1m', panic: 'acme-1' },
    { at: '1m30s', panic: 'globex-1' },
  ],
});
