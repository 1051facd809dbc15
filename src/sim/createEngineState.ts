import { createQueue } from './eventQueue.ts';
import type {
  EdgeRt,
  EngineState,
  MessageCounts,
  NodeRt,
  ServiceCounts,
  ServiceRt,
  SourceRt,
} from './engineState.ts';
import { CAUSES } from './engineState.ts';
import { createHistogram } from './histogram.ts';
import { createWindow } from './slidingWindow.ts';
import { createTable } from './slotTable.ts';
import type { NodeSpec, WorldSpec } from './worldSpec.ts';

export function emptyCounts(): ServiceCounts {
  return { requests: 0, ok: 0, degraded: 0, failed: CAUSES.map(() => 0), lost: 0 };
}

export function emptyMessageCounts(): MessageCounts {
  return { published: 0, consumed: 0, redelivered: 0, deadLettered: 0, rejected: 0, dropped: 0 };
}

export function nodeFromSpec(spec: NodeSpec, id: number, t: number): NodeRt {
  const layers: Record<string, number> = {};
  for (const layer of spec.preloaded) layers[layer] = 0;
  return {
    id,
    name: spec.name,
    kind: spec.kind,
    host: spec.host,
    cpu: spec.cpu,
    memoryMiB: spec.memoryMiB,
    guestOsMiB: spec.guestOsMiB,
    bootMs: spec.bootMs,
    zone: spec.zone,
    pricePerHour: spec.pricePerHour,
    pullMiBps: spec.pullMiBps,
    machine: -1,
    up: true,
    failReason: '',
    allocCpu: 0,
    allocMemMiB: 0,
    hog: 0,
    layers,
    pullBusyUntil: 0,
    instances: [],
    guests: [],
    createdAt: t,
    removedAt: -1,
    cpuArea: 0,
    cpuMark: 0,
  };
}

/** Name of the edge from a caller (service index, or -1 - traffic index) to a service. */
export function edgeKey(from: number, to: number): string {
  return `${from}>${to}`;
}

export function addEdge(st: EngineState, spec: WorldSpec, from: number, to: number): EdgeRt {
  const key = edgeKey(from, to);
  const known = st.edgeIndex[key];
  if (known !== undefined) return st.edges[known];
  const fromName = from >= 0 ? spec.services[from].name : spec.traffic[-1 - from].name;
  const edge: EdgeRt = {
    id: st.edges.length,
    from,
    to,
    name: `${fromName}→${spec.services[to].name}`,
    breaker: -1,
    window: null,
    tripReason: '',
    partitioned: 0,
    budget: createWindow('time', 10),
    inFlight: 0,
    attempts: 0,
    failures: 0,
  };
  st.edges.push(edge);
  st.edgeIndex[key] = edge.id;
  return edge;
}

/** The initial state of a run, before any machine starts. */
export function createEngineState(spec: WorldSpec): EngineState {
  const st: EngineState = {
    t: 0,
    queue: createQueue(),
    events: 0,
    hash: [0x811c9dc5, 0x01234567],
    rng: {},
    machines: [],
    tokens: { next: 1 },
    nodes: spec.nodes.map((node, id) => nodeFromSpec(node, id, 0)),
    instances: [],
    services: spec.services.map((service, id): ServiceRt => ({
      id,
      name: service.name,
      desired: service.replicas,
      version: 0,
      endpoints: [],
      members: [],
      rr: 0,
      tokens: service.rateLimit ? service.rateLimit.burst : 0,
      tokensAt: 0,
      extraMs: 0,
      extraErrorRate: 0,
      hpa: -1,
      rollout: -1,
      rolling: false,
      rolloutReady: 0,
      reconciling: false,
      reconcileAgain: false,
      nextInstanceNo: 0,
      arrivalsSinceSync: 0,
      lastSyncT: 0,
      secondHist: createHistogram(),
      histogram: createHistogram(),
      counts: emptyCounts(),
      total: emptyCounts(),
      mqAt: [],
      mqTries: [],
      mqHead: 0,
      mqRr: 0,
      mqCounts: emptyMessageCounts(),
      mqTotal: emptyMessageCounts(),
    })),
    edges: [],
    edgeIndex: {},
    sources: spec.traffic.map((): SourceRt => ({
      cursor: 0,
      gen: 0,
      factor: 1,
      counts: emptyCounts(),
      total: emptyCounts(),
      secondHist: createHistogram(),
      histogram: createHistogram(),
      inFlight: 0,
    })),
    jobs: createTable(),
    calls: createTable(),
    nextId: 1,
    pending: [],
    placeAt: -1,
    serverlessTokens: spec.cluster.serverlessBurst,
    serverlessTokensAt: 0,
    cursor: 0,
    faults: [],
    openTraces: new Map(),
    recent: { edge: [], start: [], end: [], code: [], next: 0 },
    second: 0,
    cost: 0,
    instanceMs: spec.services.map(() => 0),
    goalState: [],
    stopped: null,
  };
  for (const [i, node] of spec.nodes.entries()) {
    if (node.host >= 0) st.nodes[node.host].guests.push(i);
  }
  spec.traffic.forEach((source, i) => addEdge(st, spec, -1 - i, source.to));
  spec.services.forEach((service, from) => {
    for (const step of service.calls) for (const call of step) addEdge(st, spec, from, call.to);
  });
  return st;
}
