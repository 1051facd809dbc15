import type { Cause, TraceSpan } from './engineState.ts';
import type { LogEntry } from './logEntry.ts';

/** Per-second series of one service (as its instances see requests). */
export interface ServiceSeries {
  requests: number[];
  ok: number[];
  degraded: number[];
  failed: Record<Cause, number[]>;
  /** Requests that vanished without an answer (on a dead machine or a stuck process). */
  lost: number[];
  /** Latency percentiles (ms) of the second's successful responses; NaN if none. */
  p50: number[];
  p95: number[];
  p99: number[];
  /** Requests being worked on and waiting, at the end of each second. */
  busy: number[];
  queued: number[];
  /** CPU used over CPU requested by its running instances (0..1, NaN if none run). */
  cpu: number[];
  desired: number[];
  ready: number[];
  /** Instances that exist (not yet terminated). */
  instances: number[];
}

/** Per-second series of one node. */
export interface NodeSeries {
  /** Cores in use. */
  cpuUsed: number[];
  /** Cores and MiB requested by what runs on it. */
  cpuAlloc: number[];
  memAlloc: number[];
  instances: number[];
  /** 1 when the machine is up. */
  up: number[];
}

/** Per-second series of calls along one edge (caller → service). */
export interface EdgeSeries {
  /** Tries made (those refused before leaving, by a breaker or a bulkhead, included). */
  attempts: number[];
  /** Tries that failed, for any cause. */
  failed: number[];
  inFlight: number[];
  /** Breaker state: 0 closed, 1 open, 2 half-open, -1 no breaker. */
  breaker: number[];
}

/** Per-second series of one traffic source: what its users see. */
export interface TrafficSeries {
  sent: number[];
  ok: number[];
  degraded: number[];
  failed: Record<Cause, number[]>;
  p50: number[];
  p99: number[];
  /** The source's target rate (requests/s) in that second. */
  rate: number[];
}

/** A sampled request's whole path. */
export interface Trace {
  id: number;
  traffic: string;
  start: number;
  end: number;
  spans: TraceSpan[];
}

/** Everything a run writes as it goes: append-only, so checkpoints keep only lengths. */
export interface RunOutput {
  /** Seconds closed so far (the length of every series). */
  seconds: number;
  services: Record<string, ServiceSeries>;
  nodes: Record<string, NodeSeries>;
  edges: Record<string, EdgeSeries>;
  traffic: Record<string, TrafficSeries>;
  /** Money spent so far, per second. */
  cost: number[];
  log: LogEntry[];
  traces: Trace[];
  /** Each goal's measured value so far, per second. */
  goals: number[][];
}
