import { defineScenario } from 'cloudscope';

/**
 * One physical server, and the same web app as in the last lesson, this
 * time as containers: processes on the host's own operating system, with
 * no guest OS of their own.
 */
export default defineScenario({
  name: 'containers on a host',
  duration: '1m',
  hosts: [{ name: 'host-1', cpu: 16, memory: '16Gi' }],
  // No VM nodes: the containers run straight on host-1's Linux.
  cluster: { nodes: 0 },
  services: {
    // runtime: 'container' is the default; written out here to be plain.
    web: { runtime: 'container', replicas: 4, cpu: 0.25, memory: '512Mi', calls: ['db'] },
    db: { runtime: 'container', replicas: 1, cpu: 2, memory: '4Gi' },
  },
  traffic: { users: { to: 'web', rate: 20 } },
});
