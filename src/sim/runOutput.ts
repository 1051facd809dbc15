import type { Cause, TraceSpan } from './engineState.ts';
import type { LogEntry } from './logEntry.ts';

/** Series of one service (as its instances see requests), one value per sample. */
export interface ServiceSeries {
  requests: number[];
  ok: number[];
  degraded: number[];
  failed: Record<Cause, number[]>;
  /** Requests that vanished without an answer (on a dead machine or a stuck process). */
  lost: number[];
  /** Latency percentiles (ms) of the sample's successful responses; NaN if none. */
  p50: number[];
  p95: number[];
  p99: number[];
  /** Requests being worked on and waiting, at the end of each sample. */
  busy: number[];
  queued: number[];
  /** CPU used over CPU requested by its running instances (0..1, NaN if none run). */
  cpu: number[];
  desired: number[];
  ready: number[];
  /** Instances that exist (not yet terminated). */
  instances: number[];
  /**
   * Its queue of messages (when called with `async`), at the end of each second:
   * messages waiting, and the age (ms) of the oldest one (0 when none waits).
   */
  backlog: number[];
  oldestMessage: number[];
  /** Messages each second: accepted by the broker, processed, put back after a failed delivery, given up (dead-lettered), refused or dropped because the queue was full. */
  published: number[];
  consumed: number[];
  redelivered: number[];
  deadLettered: number[];
  rejected: number[];
  dropped: number[];
}

/** Series of one node, one value per sample. */
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

/** Series of calls along one edge (caller → service), one value per sample. */
export interface EdgeSeries {
  /** Tries made (those refused before leaving, by a breaker or a bulkhead, included). */
  attempts: number[];
  /** Tries that failed, for any cause. */
  failed: number[];
  inFlight: number[];
  /** Breaker state: 0 closed, 1 open, 2 half-open, -1 no breaker. */
  breaker: number[];
}

/** Series of one traffic source (what its users see), one value per sample. */
export interface TrafficSeries {
  sent: number[];
  ok: number[];
  degraded: number[];
  failed: Record<Cause, number[]>;
  p50: number[];
  p99: number[];
  /** The source's target rate (requests/s), averaged over the sample. */
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

/**
 * Everything a run writes as it goes: append-only, so checkpoints keep only lengths.
 *
 * Every series holds one value per sample of `stepMs` simulated milliseconds
 * (value `i` covers [i × stepMs, (i + 1) × stepMs)). The step is one second for
 * runs of up to about an hour and grows for longer ones (`sampleStepMs`), so a
 * series never holds more than `MAX_SAMPLES` values. Over a sample, counts
 * (requests, outcomes, attempts, failures) are summed; latency percentiles are
 * those of all the sample's responses; CPU use and the target rate are
 * averaged; levels (busy, queued, replicas, instances, allocations, up,
 * breaker state, in flight) are read at the end of the sample.
 */
export interface RunOutput {
  /** Samples closed so far (the length of every series; seconds when `stepMs` is 1000). */
  seconds: number;
  /** Simulated milliseconds one sample covers. */
  stepMs: number;
  services: Record<string, ServiceSeries>;
  nodes: Record<string, NodeSeries>;
  edges: Record<string, EdgeSeries>;
  traffic: Record<string, TrafficSeries>;
  /** Money spent so far, at the end of each sample. */
  cost: number[];
  log: LogEntry[];
  traces: Trace[];
  /** Each goal's measured value so far, at the end of each sample. */
  goals: number[][];
}
