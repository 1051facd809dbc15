const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Tick steps that read well as times. */
const STEPS = [
  SECOND,
  2 * SECOND,
  5 * SECOND,
  10 * SECOND,
  15 * SECOND,
  30 * SECOND,
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  24 * HOUR,
];

/**
 * Time ticks (ms) over [from, to]: multiples of a round step (1s, 5s, 30s, 1m,
 * 5m, 1h, ...), at most `maxCount` of them.
 */
export function timeTicks(from: number, to: number, maxCount: number): number[] {
  if (!(to > from) || maxCount < 1) return [];
  const span = to - from;
  const step = STEPS.find((s) => span / s <= maxCount) ?? Math.ceil(span / maxCount / HOUR) * HOUR;
  const ticks: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) ticks.push(t);
  return ticks;
}
