import { defineScenario } from 'cloudscope';

/**
 * One answer: spread web's replicas over the nodes, so that node-1 takes only
 * one of them down, and roll out one new instance at a time, each ready before
 * an old one stops.
 */
export default defineScenario({
  name: 'challenge: placing and healing, solved',
  duration: '10m',
  cluster: {
    nodes: 3,
    node: { cpu: 4, memory: '8Gi' },
    // The emptiest node wins: each replica lands on a different node.
    scheduler: 'spread',
  },
  services: {
    web: {
      replicas: 3,
      cpu: 1,
      memory: '512Mi',
      work: { p50: '10ms', p99: '40ms' },
      readiness: true,
      liveness: true,
      // One extra instance at a time; no old one stops before a new one is ready.
      rollout: { maxSurge: 1, maxUnavailable: 0 },
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
