import { stack, stackOrderNone, stackOffsetNone } from 'd3';
import type { SecondRange } from './linePath.ts';

/** One series of a stack, e.g. the requests that failed by timeout each second. */
export interface Layer {
  key: string;
  values: readonly number[];
}

/** A layer stacked on those below it: per second, its bottom and top. */
export interface StackedLayer {
  key: string;
  /** Sample (second, for a short run) of each point. */
  seconds: number[];
  lower: number[];
  upper: number[];
  /** Its sum over the range (0: nothing to draw or list). */
  total: number;
}

/**
 * Stacks layers (first one at the bottom) over a range of samples, with
 * d3.stack, each value divided by `per` (the seconds a sample covers, to draw
 * counts per second). Missing or NaN values count as 0. Also gives the highest total.
 */
export function stackLayers(
  layers: readonly Layer[],
  range: SecondRange,
  per = 1,
): { layers: StackedLayer[]; max: number } {
  const first = Math.max(0, range.first);
  const last = Math.max(first, range.last);
  const rows: Record<string, number>[] = [];
  for (let i = first; i < last; i++) {
    const row: Record<string, number> = {};
    for (const layer of layers) {
      const v = layer.values[i];
      row[layer.key] = Number.isFinite(v) ? v / per : 0;
    }
    rows.push(row);
  }
  const stacked = stack<Record<string, number>>()
    .keys(layers.map((l) => l.key))
    .order(stackOrderNone)
    .offset(stackOffsetNone)(rows);
  const seconds = rows.map((_, k) => first + k);
  let max = 0;
  const out = stacked.map((series) => {
    let total = 0;
    const lower: number[] = [];
    const upper: number[] = [];
    for (const point of series) {
      lower.push(point[0]);
      upper.push(point[1]);
      total += point[1] - point[0];
      if (point[1] > max) max = point[1];
    }
    return { key: series.key, seconds, lower, upper, total };
  });
  return { layers: out, max };
}
