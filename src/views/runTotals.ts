import type { ChartSeries } from './chartSeries.ts';

/** Totals of a series over its first seconds. */
export interface RunTotals {
  /** Seconds counted. */
  seconds: number;
  requests: number;
  /** Requests that failed or were lost. */
  errors: number;
  /** errors over finished requests (0..1), NaN if none finished. */
  errorShare: number;
  /** The highest per-second p99 latency (ms), NaN if nothing was measured. */
  worstP99: number;
}

const GOOD = new Set(['ok', 'degraded']);

/** Totals over seconds [0, seconds) of a series. */
export function runTotals(series: ChartSeries, seconds: number): RunTotals {
  const n = Math.max(0, Math.min(seconds, series.requests.length));
  let requests = 0;
  let finished = 0;
  let errors = 0;
  let worstP99 = NaN;
  for (let i = 0; i < n; i++) {
    requests += series.requests[i] ?? 0;
    for (const layer of series.outcomes) {
      const v = layer.values[i] ?? 0;
      finished += v;
      if (!GOOD.has(layer.key)) errors += v;
    }
    const p = series.p99[i];
    if (Number.isFinite(p) && !(worstP99 >= p)) worstP99 = p;
  }
  return {
    seconds: n,
    requests,
    errors,
    errorShare: finished > 0 ? errors / finished : NaN,
    worstP99,
  };
}
