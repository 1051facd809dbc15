import { defineScenario } from 'cloudscope';

/**
 * Two customers (tenants) share one host: acme and globex, four copies
 * each, as microVMs. At 1:00 a bug in acme's code makes the kernel under
 * acme-1 panic.
 */
export default defineScenario({
  name: 'two tenants, microVMs',
  duration: '2m30s',
  hosts: [{ name: 'host-1', cpu: 16, memory: '16Gi' }],
  cluster: { nodes: 0 },
  services: {
    acme: { runtime: 'microvm', replicas: 4, cpu: 0.25, memory: '512Mi' },
    globex: { runtime: 'microvm', replicas: 4, cpu: 0.25, memory: '512Mi' },
  },
  traffic: {
    'acme-users': { to: 'acme', rate: 30 },
    'globex-users': { to: 'globex', rate: 30 },
  },
  faults: [{ at: '1m', panic: 'acme-1' }],
});
