import type { RateShape } from './worldSpec.ts';

/** The request rate (per second) of a traffic shape at simulated time `t` (ms). */
export function rateAt(shape: RateShape, t: number): number {
  switch (shape.kind) {
    case 'constant':
      return shape.rps;
    case 'ramp': {
      if (t <= shape.startMs) return shape.fromRps;
      if (t >= shape.endMs) return shape.toRps;
      const f = (t - shape.startMs) / (shape.endMs - shape.startMs);
      return shape.fromRps + f * (shape.toRps - shape.fromRps);
    }
    case 'spike': {
      const { baseRps, peakRps, atMs, durationMs, rampMs } = shape;
      if (t < atMs || t >= atMs + durationMs) return baseRps;
      const into = t - atMs;
      const left = atMs + durationMs - t;
      const f = rampMs > 0 ? Math.min(1, into / rampMs, left / rampMs) : 1;
      return baseRps + f * (peakRps - baseRps);
    }
    case 'daily': {
      const phase = ((t - shape.peakAtMs) / shape.periodMs) * 2 * Math.PI;
      return shape.minRps + ((shape.maxRps - shape.minRps) * (1 + Math.cos(phase))) / 2;
    }
    case 'steps': {
      let rps = 0;
      for (const point of shape.points) {
        if (point.atMs <= t) rps = point.rps;
        else break;
      }
      return rps;
    }
    case 'sum': {
      let total = 0;
      for (const part of shape.parts) total += rateAt(part, t);
      return total;
    }
  }
}

/** An upper bound of the rate over [from, to): used to thin a Poisson process. */
export function maxRate(shape: RateShape, from: number, to: number): number {
  switch (shape.kind) {
    case 'constant':
      return shape.rps;
    case 'ramp':
    case 'daily':
    case 'spike': {
      if (shape.kind === 'daily') return Math.max(shape.minRps, shape.maxRps);
      if (shape.kind === 'spike') {
        const overlaps = from < shape.atMs + shape.durationMs && to > shape.atMs;
        return overlaps ? Math.max(shape.baseRps, shape.peakRps) : shape.baseRps;
      }
      return Math.max(rateAt(shape, from), rateAt(shape, to));
    }
    case 'steps': {
      let bound = rateAt(shape, from);
      for (const point of shape.points) {
        if (point.atMs >= from && point.atMs < to) bound = Math.max(bound, point.rps);
      }
      return bound;
    }
    case 'sum': {
      let total = 0;
      for (const part of shape.parts) total += maxRate(part, from, to);
      return total;
    }
  }
}
