import { defineScenario } from 'cloudscope';

/**
 * The challenge: web must stay available while v2 rolls out at 1:00 and
 * node-1 dies at 3:00. As written, it does not.
 */
export default defineScenario({
  name: 'challenge: placing and healing',
  duration: '10m',
  cluster: {
    nodes: 3,
    node: { cpu: 4, memory: '8Gi' },
    // Pack containers tightly: fewer, fuller nodes.
    scheduler: 'binpack',
  },
  services: {
    web: {
      replicas: 3,
      cpu: 1,
      memory: '512Mi',
      work: { p50: '10ms', p99: '40ms' },
      readiness: true,
      liveness: true,
      // Replace every old instance at once: the quickest rollout there is.
      rollout: { maxUnavailable: '100%' },
      // v2 takes 20 s from process start to listening (an illustrative figure).
      versions: { v2: { start: '20s' } },
    },
  },
  // The users' app gives up on a try after 300 ms and tries again, up to three tries.
  traffic: { users: { to: 'web', rate: 100, timeout: '300ms', retries: 2 } },
  faults: [
    { at: '1m', deploy: 'web', version: 'v2' },
    { at: '3m', kill: 'node-1' },
  ],
});
