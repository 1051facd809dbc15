import type { Engine } from './engine.ts';
import { RECENT_CALLS, codeCause, type Cause } from './engineState.ts';
import { tableLive } from './slotTable.ts';
import { formatDuration } from './formatDuration.ts';
import { backlogOf } from './messageQueue.ts';

/** A node as the views draw it. */
export interface NodeView {
  name: string;
  kind: 'host' | 'vm';
  host: string | null;
  zone: string;
  /** Its machine's state: booting, ready, unreachable, notReady, evicted, rebooting, removed. */
  state: string;
  up: boolean;
  cpu: number;
  memoryMiB: number;
  allocCpu: number;
  allocMemMiB: number;
  /** Cores used by what computes on it right now. */
  usedCpu: number;
  hog: number;
  instances: string[];
  guests: string[];
  /** Image layers on its disk or on their way, by id: the time each is (or will be) there; 0 from the start. */
  layers: Record<string, number>;
}

/** An instance (container, VM, microVM or task) as the views draw it. */
export interface InstanceView {
  name: string;
  service: string;
  version: string;
  runtime: 'container' | 'vm' | 'microvm' | 'serverless';
  node: string | null;
  /** Where it runs: on a node, on the provider's capacity, or nowhere yet (no node has room). */
  placement: 'node' | 'provider' | 'unscheduled';
  /** Its machine's state path, e.g. `running.ready`, `backOff`. */
  state: string;
  /** Pod phase in Kubernetes' words: Pending, Running, Terminating, Succeeded, Unknown. */
  phase: 'Pending' | 'Running' | 'Terminating' | 'Succeeded' | 'Unknown';
  /** Why it waits, when it does: Unschedulable, ContainerCreating, CrashLoopBackOff... */
  reason: string;
  ready: boolean;
  alive: boolean;
  hung: boolean;
  busy: number;
  queued: number;
  concurrency: number;
  restarts: number;
  cpu: number;
  memoryMiB: number;
}

export interface ServiceView {
  name: string;
  desired: number;
  ready: number;
  instances: number;
  version: string;
  rollout: string;
  autoscaler: string | null;
  extraMs: number;
  extraErrorRate: number;
}

export interface EdgeView {
  name: string;
  /** Caller: a service or a traffic source. */
  from: string;
  fromTraffic: boolean;
  to: string;
  breaker: string | null;
  inFlight: number;
  partitioned: boolean;
  /** The caller publishes messages to the callee's queue instead of waiting (`async` calls). */
  async: boolean;
  /** For an async edge: messages waiting in the callee's queue; else 0. */
  backlog: number;
}

/**
 * Attempts of calls along edges, in flight (`end` -1) or just answered, as
 * columns: call `i` is `edge[i]`, `start[i]`, ... A frame carries a couple of
 * thousand of them, sixty times a second; typed arrays cross from the worker
 * to the page without building (and collecting) an object per call.
 */
export interface CallsView {
  /** How many calls the columns hold. */
  count: number;
  /** Each call's edge, as an index into `WorldView.edges`. */
  edge: Uint16Array;
  /** When the attempt was sent (simulated ms). */
  start: Float64Array;
  /** When it was answered, or -1 while in flight. */
  end: Float64Array;
  /** -1 in flight, 0 answered ok, 1 degraded (a fallback), 2 and above failed (see `callOutcome`). */
  outcome: Int8Array;
}

/** What became of call `i` of a `CallsView`: 'open' while in flight, else its outcome or cause. */
export function callOutcome(calls: CallsView, i: number): 'ok' | 'degraded' | Cause | 'open' {
  const code = calls.outcome[i];
  return code < 0 ? 'open' : code === 0 ? 'ok' : code === 1 ? 'degraded' : codeCause(code);
}

/** The world at one moment: everything the views draw. */
export interface WorldView {
  t: number;
  /** Attempts in flight (the latest 1,500) and the last ones answered. */
  calls: CallsView;
  nodes: NodeView[];
  instances: InstanceView[];
  services: ServiceView[];
  edges: EdgeView[];
  /**
   * Each state machine's kind and state, by entity name (for the statechart view).
   * Their contexts stay in the worker: a frame crosses to the page sixty times a second.
   */
  machines: Record<string, { kind: string; state: string }>;
}

function phaseOf(state: string, nodeUp: boolean, retiring: boolean): InstanceView['phase'] {
  if (state === 'terminated' || state === 'stopped') return 'Succeeded';
  if (!nodeUp) return 'Unknown';
  if (state === 'terminating' || state === 'stopping' || retiring) return 'Terminating';
  if (state === 'pending' || state === 'pulling' || state === 'starting' || state === 'booting')
    return 'Pending';
  return 'Running';
}

function reasonOf(state: string, restarts: number, backoffMs: number): string {
  switch (state) {
    case 'pending':
      return 'Unschedulable';
    case 'pulling':
      return 'Pulling image';
    case 'starting':
      return 'ContainerCreating';
    case 'booting':
      return 'Booting';
    case 'backOff':
      return restarts > 1 ? `CrashLoopBackOff (${formatDuration(backoffMs)})` : 'Restarting';
    case 'restarting':
      return 'Restarting';
    case 'running.unready':
      return 'NotReady';
    default:
      return '';
  }
}

const MAX_IN_FLIGHT_SHOWN = 1500;

function callsOf(e: Engine): CallsView {
  const st = e.st;
  const open: { edge: number; start: number }[] = [];
  for (const call of tableLive(st.calls))
    if (call.inFlight) open.push({ edge: call.edge, start: call.attemptAt });
  open.sort((a, b) => b.start - a.start);
  open.length = Math.min(open.length, MAX_IN_FLIGHT_SHOWN);
  const recent = st.recent;
  const n = Math.min(recent.next, RECENT_CALLS);
  const count = open.length + n;
  const calls: CallsView = {
    count,
    edge: new Uint16Array(count),
    start: new Float64Array(count),
    end: new Float64Array(count),
    outcome: new Int8Array(count),
  };
  open.forEach((c, i) => {
    calls.edge[i] = c.edge;
    calls.start[i] = c.start;
    calls.end[i] = -1;
    calls.outcome[i] = -1;
  });
  for (let i = 0; i < n; i++) {
    const j = open.length + i;
    calls.edge[j] = recent.edge[i];
    calls.start[j] = recent.start[i];
    calls.end[j] = recent.end[i];
    calls.outcome[j] = recent.code[i];
  }
  return calls;
}

/** Projects the engine's state onto what the views draw. */
export function worldView(e: Engine): WorldView {
  const st = e.st;
  const spec = e.spec;
  const machines: WorldView['machines'] = {};
  const nodes = st.nodes.map((node): NodeView => {
    const slot = st.machines[node.machine];
    machines[node.name] = { kind: slot.kind, state: slot.state };
    let used = 0;
    for (const id of node.instances) {
      const inst = st.instances[id];
      used += inst.working * inst.rate;
    }
    return {
      name: node.name,
      kind: node.kind,
      host: node.host >= 0 ? st.nodes[node.host].name : null,
      zone: node.zone,
      state: slot.state,
      up: node.up,
      cpu: node.cpu,
      memoryMiB: node.memoryMiB,
      allocCpu: node.allocCpu,
      allocMemMiB: node.allocMemMiB,
      usedCpu: used,
      hog: node.hog,
      instances: node.instances.map((id) => st.instances[id].name),
      guests: node.guests.map((id) => st.nodes[id].name),
      layers: { ...node.layers },
    };
  });
  const instances: InstanceView[] = [];
  for (const inst of st.instances) {
    if (inst.endedAt >= 0 && inst.endedAt < st.t) continue;
    const slot = st.machines[inst.machine];
    const service = spec.services[inst.service];
    const ctx = slot.context as { restarts: number; backoffMs?: number };
    machines[inst.name] = { kind: slot.kind, state: slot.state };
    const nodeUp = inst.node < 0 || st.nodes[inst.node].up;
    instances.push({
      name: inst.name,
      service: service.name,
      version: service.versions[inst.version].label,
      runtime: service.runtime.kind,
      node: inst.node >= 0 ? st.nodes[inst.node].name : null,
      placement: inst.node >= 0 ? 'node' : inst.placedAt >= 0 ? 'provider' : 'unscheduled',
      state: slot.state,
      phase: phaseOf(slot.state, nodeUp, inst.retiring),
      reason: nodeUp ? reasonOf(slot.state, ctx.restarts, ctx.backoffMs ?? 0) : 'NodeLost',
      ready: inst.ready,
      alive: inst.alive,
      hung: inst.hung,
      busy: inst.busy,
      queued: inst.queue.length - inst.queueHead,
      concurrency: service.concurrency,
      restarts: ctx.restarts,
      cpu: service.cpu,
      memoryMiB: service.memoryMiB,
    });
  }
  const services = st.services.map((svc): ServiceView => {
    const rollout = st.machines[svc.rollout];
    machines[`${svc.name}/rollout`] = {
      kind: rollout.kind,
      state: rollout.state,
    };
    let autoscaler: string | null = null;
    if (svc.hpa >= 0) {
      const hpa = st.machines[svc.hpa];
      autoscaler = hpa.state;
      machines[`${svc.name}/autoscaler`] = {
        kind: hpa.kind,
        state: hpa.state,
      };
    }
    return {
      name: svc.name,
      desired: svc.desired,
      ready: svc.endpoints.length,
      instances: svc.members.length,
      version: spec.services[svc.id].versions[svc.version].label,
      rollout: rollout.state,
      autoscaler,
      extraMs: svc.extraMs,
      extraErrorRate: svc.extraErrorRate,
    };
  });
  const edges = st.edges.map((edge): EdgeView => {
    const isAsync =
      edge.from >= 0 &&
      spec.services[edge.from].calls.some((step) =>
        step.some((call) => call.async && call.to === edge.to),
      );
    let breaker: string | null = null;
    if (edge.breaker >= 0) {
      const slot = st.machines[edge.breaker];
      breaker = slot.state;
      machines[edge.name] = { kind: slot.kind, state: slot.state };
    }
    return {
      name: edge.name,
      from: edge.from >= 0 ? spec.services[edge.from].name : spec.traffic[-1 - edge.from].name,
      fromTraffic: edge.from < 0,
      to: spec.services[edge.to].name,
      breaker,
      inFlight: edge.inFlight,
      partitioned: edge.partitioned > 0,
      async: isAsync,
      backlog: isAsync ? backlogOf(st.services[edge.to]) : 0,
    };
  });
  return { t: st.t, nodes, instances, services, edges, machines, calls: callsOf(e) };
}
