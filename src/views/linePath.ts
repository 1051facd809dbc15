import { curveLinear, curveStepAfter, line } from 'd3';

/** Which samples of a series to draw: indexes [first, last) (seconds, for a short run). */
export interface SecondRange {
  first: number;
  last: number;
}

/**
 * The SVG path of a series of samples, each `stepMs` long (one second unless
 * the run is long: `RunOutput.stepMs`). Sample `i` covers [i × step, (i+1) × step):
 * a line puts its value at the middle of the sample; a step line holds it
 * across the sample. NaN (nothing measured) leaves a gap; a lone measured second
 * between gaps becomes a short dash across it (a single point would draw
 * nothing). Long series are thinned to `maxPoints`, keeping the highest value
 * of each bucket so spikes stay.
 */
export function linePath(
  values: readonly number[],
  x: (ms: number) => number,
  y: (value: number) => number,
  range: SecondRange = { first: 0, last: values.length },
  options: { step?: boolean; maxPoints?: number; stepMs?: number } = {},
): string {
  const stepMs = options.stepMs ?? 1000;
  const first = Math.max(0, range.first);
  const last = Math.min(values.length, range.last);
  if (last <= first) return '';
  const bucket = Math.max(1, Math.ceil((last - first) / (options.maxPoints ?? 2000)));
  const points: [number, number][] = [];
  for (let i = first; i < last; i += bucket) {
    let v = NaN;
    for (let j = i; j < Math.min(last, i + bucket); j++) {
      if (Number.isFinite(values[j]) && !(v >= values[j])) v = values[j];
    }
    points.push([options.step ? i * stepMs : (i + Math.min(bucket, last - i) / 2) * stepMs, v]);
  }
  if (options.step) points.push([last * stepMs, points[points.length - 1][1]]);
  else widenLonePoints(points, bucket * stepMs);
  const path = line<[number, number]>()
    .defined((p) => Number.isFinite(p[1]))
    .x((p) => x(p[0]))
    .y((p) => y(p[1]))
    .curve(options.step ? curveStepAfter : curveLinear)
    .digits(2);
  return path(points) ?? '';
}

/** Replaces each defined point without a defined neighbour by two points a third of a bucket apart. */
function widenLonePoints(points: [number, number][], width: number): void {
  const defined = (k: number) => k >= 0 && k < points.length && Number.isFinite(points[k][1]);
  for (let k = points.length - 1; k >= 0; k--) {
    if (!defined(k) || defined(k - 1) || defined(k + 1)) continue;
    const [t, v] = points[k];
    points.splice(k, 1, [t - width / 3, v], [t + width / 3, v]);
  }
}
