import { defineScenario } from 'cloudscope';

/**
 * Placing containers: three small nodes, two services. At 0:20 web grows from
 * two replicas to six; at 1:00 search grows from one replica to three, and
 * each search replica needs 1.5 cores. At 1:30 a fourth node is added.
 */
export default defineScenario({
  name: 'placing: filter, then score',
  duration: '3m',
  cluster: {
    nodes: 3,
    node: { cpu: 2, memory: '4Gi' },
    // 'spread' scores a node higher the more room it has left (Kubernetes' LeastAllocated).
    scheduler: 'spread',
  },
  services: {
    web: { replicas: 2, cpu: 0.5, memory: '256Mi', work: { p50: '10ms', p99: '40ms' } },
    search: { replicas: 1, cpu: 1.5, memory: '1Gi', work: { p50: '30ms', p99: '120ms' } },
  },
  traffic: {
    users: { to: 'web', rate: 20 },
    queries: { to: 'search', rate: 10 },
  },
  faults: [
    { at: '20s', scale: 'web', replicas: 6 },
    { at: '1m', scale: 'search', replicas: 3 },
    { at: '1m30s', addNode: { cpu: 2, memory: '4Gi' } },
  ],
});
