import { nextExponential, nextNormal, nextRandom, type RandomStream } from './randomStream.ts';
import type { DurationDist } from './worldSpec.ts';

/** z-score of the 99th percentile of a standard normal. */
const Z99 = 2.3263478740408408;

/** Draws a duration (ms, not rounded) from a distribution. */
export function sampleDuration(dist: DurationDist, rng: RandomStream): number {
  switch (dist.kind) {
    case 'fixed':
      return dist.ms;
    case 'exponential':
      return nextExponential(rng, dist.meanMs);
    case 'uniform':
      return dist.minMs + (dist.maxMs - dist.minMs) * nextRandom(rng);
    case 'lognormal': {
      // Log-normal fixed by its median and 99th percentile.
      const mu = Math.log(dist.p50Ms);
      const sigma = Math.max(0, (Math.log(dist.p99Ms) - mu) / Z99);
      return Math.exp(mu + sigma * nextNormal(rng));
    }
  }
}

/** The mean of a distribution (ms). */
export function meanDuration(dist: DurationDist): number {
  switch (dist.kind) {
    case 'fixed':
      return dist.ms;
    case 'exponential':
      return dist.meanMs;
    case 'uniform':
      return (dist.minMs + dist.maxMs) / 2;
    case 'lognormal': {
      const sigma = Math.max(0, (Math.log(dist.p99Ms) - Math.log(dist.p50Ms)) / Z99);
      return dist.p50Ms * Math.exp((sigma * sigma) / 2);
    }
  }
}
