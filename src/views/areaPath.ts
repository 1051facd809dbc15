import { area, curveLinear } from 'd3';
import type { StackedLayer } from './stackLayers.ts';

/**
 * The SVG path of a stacked layer as steps: each sample's band holds across
 * the whole sample [i × step, (i+1) × step) (`stepMs`: one second for short
 * runs), and samples where the layer is empty are left out (no hairline along
 * the layer below). Long ranges are thinned to `maxPoints` samples (every n-th
 * sample, widened to cover the skipped ones).
 */
export function areaPath(
  layer: StackedLayer,
  x: (ms: number) => number,
  y: (value: number) => number,
  maxPoints = 2000,
  stepMs = 1000,
): string {
  const n = layer.seconds.length;
  if (n === 0) return '';
  const every = Math.max(1, Math.ceil(n / maxPoints));
  const points: [number, number, number][] = [];
  for (let k = 0; k < n; k += every) {
    const from = layer.seconds[k] * stepMs;
    const to = (layer.seconds[Math.min(n - 1, k + every - 1)] + 1) * stepMs;
    const lower = layer.lower[k];
    const upper = layer.upper[k];
    points.push([from, lower, upper], [to, lower, upper]);
  }
  const shape = area<[number, number, number]>()
    .defined((p) => p[2] > p[1])
    .x((p) => x(p[0]))
    .y0((p) => y(p[1]))
    .y1((p) => y(p[2]))
    .curve(curveLinear)
    .digits(2);
  return shape(points) ?? '';
}
