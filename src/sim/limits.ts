/**
 * Bounds on what one run may ask for. A scenario beyond them gets a clear
 * error (from the schema, before the run) or the run stops with a log line
 * saying which bound it hit, instead of freezing the reader's tab.
 */
export interface Limits {
  maxServices: number;
  maxNodes: number;
  /** Instances created over the whole run (replacements included). */
  maxInstances: number;
  maxTrafficSources: number;
  /** Highest request rate of one traffic source (requests per second). */
  maxRps: number;
  maxDurationMs: number;
  /** Events the engine may process in one run. */
  maxEvents: number;
  /** Requests and calls in flight at once. */
  maxInFlight: number;
  /** Messages waiting in all the queues together. */
  maxBacklog: number;
  /** Sampled traces kept. */
  maxTraces: number;
  /** Event log lines kept. */
  maxLogEntries: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxServices: 60,
  maxNodes: 500,
  maxInstances: 5000,
  maxTrafficSources: 20,
  maxRps: 50_000,
  maxDurationMs: 8 * 24 * 3600 * 1000,
  maxEvents: 60_000_000,
  maxInFlight: 300_000,
  maxBacklog: 200_000,
  maxTraces: 1000,
  maxLogEntries: 50_000,
};
