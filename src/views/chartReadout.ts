import type { ChartSeries } from './chartSeries.ts';

/** The values of one sample (a second, for a short run), for the readout and the screen-reader summary. */
export interface Readout {
  second: number;
  p50: number;
  p99: number;
  requests: number;
  /** Outcomes that happened that second, in stack order. */
  outcomes: { key: string; value: number }[];
  /** Share of finished requests that failed (or were lost), 0..1; NaN if none finished. */
  failedShare: number;
  desired: number | null;
  ready: number | null;
  cpu: number | null;
  /** Messages waiting, the oldest one's age (ms), messages consumed: for a service with a queue. */
  backlog: number | null;
  oldestMessage: number | null;
  consumed: number | null;
}

/**
 * The sample (index: the second, for a short run) to read at time `t`, within
 * the `seconds` samples computed, each `stepMs` long; -1 if nothing yet.
 */
export function secondAt(t: number, seconds: number, stepMs = 1000): number {
  if (seconds <= 0) return -1;
  return Math.max(0, Math.min(seconds - 1, Math.floor(t / stepMs)));
}

/** The values of a series in one second (null if that second does not exist). */
export function chartReadout(series: ChartSeries, second: number): Readout | null {
  if (second < 0 || second >= series.requests.length) return null;
  const pick = (values: readonly number[] | null) => (values ? (values[second] ?? NaN) : null);
  const outcomes = series.outcomes
    .map((layer) => ({ key: layer.key, value: layer.values[second] ?? 0 }))
    .filter((o) => o.value > 0);
  const finished = outcomes.reduce((sum, o) => sum + o.value, 0);
  const good = outcomes
    .filter((o) => o.key === 'ok' || o.key === 'degraded')
    .reduce((sum, o) => sum + o.value, 0);
  return {
    second,
    p50: series.p50[second] ?? NaN,
    p99: series.p99[second] ?? NaN,
    requests: series.requests[second] ?? 0,
    outcomes,
    failedShare: finished > 0 ? (finished - good) / finished : NaN,
    desired: pick(series.desired),
    ready: pick(series.ready),
    cpu: pick(series.cpu),
    backlog: pick(series.backlog),
    oldestMessage: pick(series.oldestMessage),
    consumed: pick(series.consumed),
  };
}
