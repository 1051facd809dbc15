import type { Duration, Rate } from './scenario.ts';

/** The same number of requests per second all the time. */
export function constant(rps: number): Rate {
  return { constant: rps };
}

/** A rate that moves in a straight line from `from` to `to` between `start` and `end`. */
export function ramp(options: { from: number; to: number; start: Duration; end: Duration }): Rate {
  return { ramp: { ...options } };
}

/**
 * A sudden burst: `base` requests per second, rising to `peak` at `at` for the
 * duration `for` (taking `ramp` to rise and to fall, default at once).
 * @example spike({ base: 100, peak: 800, at: '2m', for: '1m' })
 */
export function spike(options: {
  base: number;
  peak: number;
  at: Duration;
  for: Duration;
  ramp?: Duration;
}): Rate {
  return { spike: { ...options } };
}

/**
 * A day-and-night cycle between `min` and `max` requests per second, highest at
 * `peakAt` (default `'14h'`), repeating every `period` (default `'24h'`).
 * @example daily({ min: 20, max: 200 })
 */
export function daily(options: {
  min: number;
  max: number;
  peakAt?: Duration;
  period?: Duration;
}): Rate {
  return { daily: { ...options } };
}

/**
 * A rate that jumps: each step is `[from when, requests per second]`.
 * @example steps([['0s', 50], ['1m', 200], ['3m', 50]])
 */
export function steps(points: [Duration, number][]): Rate {
  return { steps: points.map(([at, rps]) => [at, rps] as [Duration, number]) };
}

/** Several rates added together, e.g. a daily cycle plus a spike. */
export function sum(...rates: Rate[]): Rate {
  return { sum: rates };
}
