import { describe, expect, it } from 'vitest';
import { createStream } from '../../../src/sim/randomStream.ts';
import { meanDuration, sampleDuration } from '../../../src/sim/sampleDuration.ts';
import type { DurationDist } from '../../../src/sim/worldSpec.ts';

const N = 100_000;

function samples(dist: DurationDist, name: string, n = N): number[] {
  const rng = createStream(2024, name);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(sampleDuration(dist, rng));
  return out;
}

const average = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Φ⁻¹(0.99), the 99th percentile of a standard normal. */
const Z99 = 2.3263478740408408;

describe('sampleDuration', () => {
  it('fixed: always the given duration', () => {
    const rng = createStream(1, 'fixed');
    for (let i = 0; i < 10; i++) expect(sampleDuration({ kind: 'fixed', ms: 42 }, rng)).toBe(42);
  });

  it('uniform: within [min, max), reaching close to both ends, mean in the middle', () => {
    const xs = samples({ kind: 'uniform', minMs: 10, maxMs: 30 }, 'uniform');
    expect(xs.filter((x) => x < 10 || x >= 30)).toEqual([]);
    expect(Math.min(...xs)).toBeLessThan(10.01);
    expect(Math.max(...xs)).toBeGreaterThan(29.99);
    // sd of U(10,30) is 20/sqrt(12) ≈ 5.77: standard error 0.018 over 1e5; allow 0.1.
    expect(Math.abs(average(xs) - 20)).toBeLessThan(0.1);
  });

  it('uniform with min = max is that value', () => {
    const xs = samples({ kind: 'uniform', minMs: 5, maxMs: 5 }, 'uniform-degenerate', 100);
    expect(new Set(xs)).toEqual(new Set([5]));
  });

  it('exponential: non-negative with the given mean', () => {
    const xs = samples({ kind: 'exponential', meanMs: 50 }, 'exponential');
    expect(xs.filter((x) => x < 0)).toEqual([]);
    // sd equals the mean (50): standard error 0.16 over 1e5; allow 1 (about 6 SE).
    expect(Math.abs(average(xs) - 50)).toBeLessThan(1);
    // P(X > mean) = e^-1 = 0.3679; binomial sd 0.0015; allow 0.01.
    expect(Math.abs(xs.filter((x) => x > 50).length / N - Math.exp(-1))).toBeLessThan(0.01);
  });

  it('lognormal: the sample median is near p50 and the 99th percentile near p99', () => {
    const xs = samples({ kind: 'lognormal', p50Ms: 20, p99Ms: 200 }, 'lognormal');
    xs.sort((a, b) => a - b);
    const median = xs[N / 2];
    const p99 = xs[Math.ceil(0.99 * N) - 1];
    // sigma = ln(10)/2.326 ≈ 0.99. Standard error of the sample median is
    // 1/(2 f(m) sqrt(n)) ≈ 0.08 ms (0.4%); of the 99th percentile
    // sqrt(0.99·0.01/n)/f(q) ≈ 2.3 ms (1.2%). Allow 3% and 5%.
    expect(Math.abs(median / 20 - 1)).toBeLessThan(0.03);
    expect(Math.abs(p99 / 200 - 1)).toBeLessThan(0.05);
    expect(xs[0]).toBeGreaterThan(0);
    // Its mean matches meanDuration: sd ≈ 42 ms, standard error 0.13 ms (0.4%); allow 3%.
    const m = meanDuration({ kind: 'lognormal', p50Ms: 20, p99Ms: 200 });
    expect(Math.abs(average(xs) / m - 1)).toBeLessThan(0.03);
  });

  it('lognormal with p99 = p50 is a fixed duration', () => {
    const xs = samples({ kind: 'lognormal', p50Ms: 30, p99Ms: 30 }, 'lognormal-flat', 100);
    for (const x of xs) expect(x).toBeCloseTo(30, 9);
  });

  it('is reproducible for the same stream', () => {
    const dist: DurationDist = { kind: 'lognormal', p50Ms: 5, p99Ms: 80 };
    expect(samples(dist, 'same', 20)).toEqual(samples(dist, 'same', 20));
  });
});

describe('meanDuration', () => {
  it('fixed, exponential and uniform', () => {
    expect(meanDuration({ kind: 'fixed', ms: 42 })).toBe(42);
    expect(meanDuration({ kind: 'exponential', meanMs: 17 })).toBe(17);
    expect(meanDuration({ kind: 'uniform', minMs: 10, maxMs: 30 })).toBe(20);
    expect(meanDuration({ kind: 'uniform', minMs: 0, maxMs: 5 })).toBe(2.5);
  });

  it('lognormal: median × exp(sigma²/2), sigma fixed by the 99th percentile', () => {
    // p99/p50 = e^(sigma·z99): here p99 = p50·e^(z99) makes sigma exactly 1.
    const p99 = 10 * Math.exp(Z99);
    expect(meanDuration({ kind: 'lognormal', p50Ms: 10, p99Ms: p99 })).toBeCloseTo(
      10 * Math.exp(0.5),
      9,
    );
    // sigma = 2 gives a mean of e^2 times the median.
    const p99b = 3 * Math.exp(2 * Z99);
    expect(meanDuration({ kind: 'lognormal', p50Ms: 3, p99Ms: p99b })).toBeCloseTo(
      3 * Math.exp(2),
      9,
    );
  });

  it('lognormal with p99 at or below p50 has no spread: mean = median', () => {
    expect(meanDuration({ kind: 'lognormal', p50Ms: 25, p99Ms: 25 })).toBe(25);
    expect(meanDuration({ kind: 'lognormal', p50Ms: 25, p99Ms: 10 })).toBe(25);
  });
});
