import type { ChartSeries } from './chartSeries.ts';

const GOOD = new Set(['ok', 'degraded']);

/** Per second, the share (0..1) of finished requests that failed or were lost; NaN if none finished. */
export function errorShare(series: ChartSeries): number[] {
  const n = series.requests.length;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let finished = 0;
    let bad = 0;
    for (const layer of series.outcomes) {
      const v = layer.values[i] ?? 0;
      finished += v;
      if (!GOOD.has(layer.key)) bad += v;
    }
    out.push(finished > 0 ? bad / finished : NaN);
  }
  return out;
}
