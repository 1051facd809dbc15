import type { EventQueue } from './eventQueue.ts';
import type { Histogram } from './histogram.ts';
import type { MachineSlot } from './machineHost.ts';
import type { RandomStream } from './randomStream.ts';
import type { TimedAction } from './worldSpec.ts';
import type { SlidingWindow } from './slidingWindow.ts';
import type { SlotTable } from './slotTable.ts';

/** Why a request failed. */
export const CAUSES = [
  'timeout',
  'breakerOpen',
  'rateLimited',
  'shed',
  'bulkhead',
  'error',
  'unavailable',
] as const;
export type Cause = (typeof CAUSES)[number];

/** Outcome codes carried by responses: 0 ok, 1 degraded, 2.. a cause. */
export const OK = 0;
export const DEGRADED = 1;
export const causeCode = (cause: Cause): number => 2 + CAUSES.indexOf(cause);
export const codeCause = (code: number): Cause => CAUSES[code - 2];

/** Kinds of engine event. */
export const Ev = {
  arrival: 0,
  clientSend: 1,
  callArrive: 2,
  workDone: 3,
  response: 4,
  timeout: 5,
  retry: 6,
  timer: 7,
  probe: 8,
  hpaSync: 9,
  faultEnd: 10,
  jobWaitDone: 11,
  place: 12,
  drained: 13,
  /** A service's consumers take waiting messages (after redeliveries, at the same millisecond). */
  consume: 30,
} as const;

export interface NodeRt {
  id: number;
  name: string;
  kind: 'host' | 'vm';
  host: number;
  cpu: number;
  memoryMiB: number;
  guestOsMiB: number;
  bootMs: number;
  zone: string;
  pricePerHour: number;
  pullMiBps: number;
  /** The node's state machine (node.machine). */
  machine: number;
  /** The machine is physically alive (whatever the control plane thinks). */
  up: boolean;
  failReason: string;
  /** Requests of what runs on it (instances, and VM nodes on a host). */
  allocCpu: number;
  allocMemMiB: number;
  /** Share of the node's CPU taken by a runaway process (0..1). */
  hog: number;
  /** Layer id → time it is (or will be) on the node's disk. */
  layers: Record<string, number>;
  pullBusyUntil: number;
  /** Instances placed on it (ids). */
  instances: number[];
  /** VM nodes running on this host (ids). */
  guests: number[];
  createdAt: number;
  removedAt: number;
  /** Core-milliseconds used, for the CPU series; and at the start of this second. */
  cpuArea: number;
  cpuMark: number;
}

export interface InstanceRt {
  id: number;
  name: string;
  service: number;
  version: number;
  /** Node it runs on; -1 for the provider's capacity (serverless, cloud VMs). */
  node: number;
  /** The instance's state machine (container or vm machine). */
  machine: number;
  /** The process is up and can work. */
  alive: boolean;
  /** In the service's endpoints (load balancer). */
  ready: boolean;
  /** The process is stuck: takes requests, never answers. */
  hung: boolean;
  /** Being replaced or scaled away: no new work. */
  retiring: boolean;
  stopReason: string;
  /** Lost with its node (its work vanished without an answer). */
  lost: boolean;
  /** Part of the world at the start: already pulled, started and warm. */
  warm: boolean;
  pulledMiB: number;
  pendingLogged: boolean;
  /** Time the current process started listening. */
  listeningAt: number;
  /** Requests being worked on (holding a slot). */
  busy: number;
  /** Waiting requests (job ids), FIFO from `queueHead`. */
  queue: number[];
  queueHead: number;
  /** Processor sharing: jobs using CPU, virtual work done, per-job rate. */
  working: number;
  virtual: number;
  lastT: number;
  rate: number;
  /** Min-heap of [finishVirtual, jobId] pairs, flattened. */
  finish: number[];
  /** Scheduled completion check, and its generation. */
  doneAt: number;
  doneGen: number;
  cpuArea: number;
  /** cpuArea when the current second began, and at the autoscaler's last sync. */
  cpuMark: number;
  cpuAreaAtSync: number;
  /** Calls in flight from this instance, per called service (bulkheads). */
  outbound: Record<number, number>;
  /** Counts process starts; stale probes and bulkhead releases check it. */
  incarnation: number;
  liveFails: number;
  readyOk: number;
  readyFails: number;
  createdAt: number;
  /** Time it got a place (node or provider), or -1. */
  placedAt: number;
  endedAt: number;
}

export interface ServiceRt {
  id: number;
  name: string;
  desired: number;
  /** The version new instances get. */
  version: number;
  /** Ready instance ids (the endpoints). */
  endpoints: number[];
  /** Instances not yet ended (ids), retiring ones included. */
  members: number[];
  rr: number;
  /** Rate limiter's token bucket. */
  tokens: number;
  tokensAt: number;
  /** Extra latency and error rate from faults. */
  extraMs: number;
  extraErrorRate: number;
  /** HPA machine slot, or -1. */
  hpa: number;
  /** Rollout machine slot. */
  rollout: number;
  rolling: boolean;
  /** New-version instances ready at the last rollout step (to notice progress). */
  rolloutReady: number;
  /** Set while the controller works, so nested changes queue another pass. */
  reconciling: boolean;
  reconcileAgain: boolean;
  nextInstanceNo: number;
  arrivalsSinceSync: number;
  lastSyncT: number;
  /** Latencies (ms) of the current second's successful responses. */
  secondHist: Histogram;
  /** Whole-run histogram of successful latencies. */
  histogram: Histogram;
  /** This second's counts, and the whole run's. */
  counts: ServiceCounts;
  total: ServiceCounts;
  /**
   * Its queue of messages on the broker, FIFO from `mqHead`: when each was
   * published, and how many deliveries it has had.
   */
  mqAt: number[];
  mqTries: number[];
  mqHead: number;
  /** Round robin over consumers. */
  mqRr: number;
  /** Messages this second, and over the whole run. */
  mqCounts: MessageCounts;
  mqTotal: MessageCounts;
}

/** What happened to messages of one service's queue. */
export interface MessageCounts {
  /** Accepted by the broker. */
  published: number;
  /** Processed successfully (acknowledged). */
  consumed: number;
  /** Put back after a failed delivery. */
  redelivered: number;
  /** Given up after the last allowed delivery. */
  deadLettered: number;
  /** Refused because the queue was full (the publish failed). */
  rejected: number;
  /** Thrown away, oldest first, because the queue was full. */
  dropped: number;
}

export interface ServiceCounts {
  requests: number;
  ok: number;
  degraded: number;
  failed: number[];
  /** Requests that vanished without an answer (dead machine, stuck process). */
  lost: number;
}

export interface EdgeRt {
  id: number;
  /** Calling service index, or -1 - traffic index for a traffic source. */
  from: number;
  to: number;
  name: string;
  /** Breaker machine slot, or -1. */
  breaker: number;
  window: SlidingWindow | null;
  tripReason: string;
  /** Partitions in force on this edge (they may overlap). */
  partitioned: number;
  /** Retry budget: calls and retries over the last 10 s. */
  budget: SlidingWindow;
  inFlight: number;
  /** Attempts and failed attempts in the current second. */
  attempts: number;
  failures: number;
}

/** A caller's logical call, with its retries, to a service. */
export interface Call {
  id: number;
  /** Calling job id, or -1 for a client request. */
  caller: number;
  /** Traffic source index for a client request, else -1. */
  source: number;
  /** Closed-loop client number, else -1. */
  client: number;
  /** Where its policy lives: step and index in the caller service's calls. */
  step: number;
  index: number;
  edge: number;
  to: number;
  attempt: number;
  inFlight: boolean;
  trial: boolean;
  attemptAt: number;
  startedAt: number;
  deadline: number;
  prevSleepMs: number;
  /** The caller instance (for its bulkhead), or -1. */
  callerInstance: number;
  /** The caller's service (where the call's policy is), or -1 for a client. */
  callerService: number;
  /** Incarnation of the caller instance whose bulkhead slot this attempt holds, or -1. */
  bulkheadOf: number;
  trace: number;
  span: number;
  parentSpan: number;
}

/** Work at one instance of a service. */
export interface Job {
  id: number;
  call: number;
  attempt: number;
  service: number;
  instance: number;
  arrivedAt: number;
  deadline: number;
  /** 0 queued, 1 working (CPU), 2 waiting (extra latency), 3 calling, 4 done. */
  phase: number;
  step: number;
  pending: number;
  degraded: boolean;
  trace: number;
  span: number;
  /** The caller's client span (parent of this job's server span). */
  parentSpan: number;
  /** 0 a request, 1 a message on its way to the broker, 2 the delivery of a message. */
  async: number;
  /** Delivery: when its message was published, and its deliveries so far (this one included). */
  sentAt: number;
  deliveries: number;
}

/**
 * One span of a trace: the whole user request (`request`), one attempt of a
 * call as the caller saw it (`client`), or the work at the called service
 * (`server`). `end` is -1 while open; `outcome` 'lost' means no answer ever came.
 */
export interface TraceSpan {
  id: number;
  parent: number;
  kind: 'request' | 'client' | 'server';
  /** The service doing the work (server) or making the call (client, request: the traffic source). */
  service: string;
  /** For request and client spans: the called service. */
  to: string;
  instance: string;
  attempt: number;
  start: number;
  end: number;
  outcome: 'ok' | 'degraded' | Cause | 'lost' | 'open';
}

export interface OpenTrace {
  id: number;
  traffic: string;
  start: number;
  open: number;
  spans: TraceSpan[];
}

export interface SourceRt {
  /** Float cursor of the arrival process (ms), to avoid rounding bias. */
  cursor: number;
  gen: number;
  factor: number;
  counts: ServiceCounts;
  total: ServiceCounts;
  secondHist: Histogram;
  histogram: Histogram;
  inFlight: number;
}

/** A ring of the last attempts that ended: edge id, start, end and outcome code. */
export interface RecentCalls {
  edge: number[];
  start: number[];
  end: number[];
  code: number[];
  next: number;
}

export const RECENT_CALLS = 512;

/** A fault whose effect ends later. */
export interface ActiveFault {
  action: TimedAction;
  undone: boolean;
}

/** The whole changing state of a run: plain data, copied by checkpoints. */
export interface EngineState {
  t: number;
  queue: EventQueue;
  events: number;
  hash: [number, number];
  rng: Record<string, RandomStream>;
  machines: MachineSlot[];
  tokens: { next: number };
  nodes: NodeRt[];
  instances: InstanceRt[];
  services: ServiceRt[];
  edges: EdgeRt[];
  edgeIndex: Record<string, number>;
  sources: SourceRt[];
  jobs: SlotTable<Job>;
  calls: SlotTable<Call>;
  nextId: number;
  pending: number[];
  /** Time of the next scheduled placement retry. */
  placeAt: number;
  serverlessTokens: number;
  serverlessTokensAt: number;
  cursor: number;
  faults: ActiveFault[];
  openTraces: Map<number, OpenTrace>;
  /** The last attempts that ended (a ring), for drawing answers travelling back. */
  recent: RecentCalls;
  /** Index of the next sample to close (a second, for short runs: see `RunOutput.stepMs`). */
  second: number;
  cost: number;
  instanceMs: number[];
  goalState: unknown[];
  stopped: null | { reason: string };
}
