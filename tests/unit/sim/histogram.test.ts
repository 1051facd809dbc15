import { describe, expect, it } from 'vitest';
import {
  clearHistogram,
  createHistogram,
  mean,
  percentile,
  recordValue,
} from '../../../src/sim/histogram.ts';
import { createStream, nextNormal } from '../../../src/sim/randomStream.ts';

/** The exact p-th percentile by the nearest-rank rule: the ceil(p/100 × n)-th smallest value. */
function exactPercentile(sorted: number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

describe('histogram', () => {
  it('is exact for integer values below 64 (nearest-rank percentiles)', () => {
    const h = createHistogram();
    // 1..50 in a scrambled order.
    for (let i = 0; i < 50; i++) recordValue(h, ((i * 17) % 50) + 1);
    expect(percentile(h, 50)).toBe(25); // rank ceil(25) = 25
    expect(percentile(h, 90)).toBe(45); // rank 45
    expect(percentile(h, 99)).toBe(50); // rank ceil(49.5) = 50
    expect(percentile(h, 100)).toBe(50);
    expect(percentile(h, 0)).toBe(1); // rank is at least 1
    expect(percentile(h, 1)).toBe(1); // rank ceil(0.5) = 1
  });

  it('is exact from 64 to 127 too (one value per bucket)', () => {
    const h = createHistogram();
    for (const v of [64, 100, 127]) recordValue(h, v);
    expect(percentile(h, 34)).toBe(100);
    expect(percentile(h, 33)).toBe(64);
    expect(percentile(h, 100)).toBe(127);
  });

  it('reports the top of the bucket, never above the largest value seen', () => {
    // Between 512 and 1023 buckets are 8 wide and aligned: 1000 lies in [1000, 1007].
    const h = createHistogram();
    recordValue(h, 1000);
    recordValue(h, 2000);
    expect(percentile(h, 50)).toBe(1007);
    expect(percentile(h, 100)).toBe(2000);
    // A single value: the bucket top is capped by the maximum.
    const one = createHistogram();
    recordValue(one, 70_001);
    expect(percentile(one, 50)).toBe(70_001);
    expect(percentile(one, 99)).toBe(70_001);
  });

  it('stays within 1/64 (1.6%) of the exact percentile on a wide sample', () => {
    const rng = createStream(11, 'histogram');
    const h = createHistogram();
    const values: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      // Log-normal, median ~400 ms, spreading from a few ms to over 100 s.
      const v = Math.round(Math.exp(Math.log(400) + 1.5 * nextNormal(rng)));
      values.push(v);
      recordValue(h, v);
    }
    values.sort((a, b) => a - b);
    expect(values[values.length - 1]).toBeGreaterThan(50_000);
    for (const p of [1, 5, 10, 25, 50, 75, 90, 95, 99, 99.9, 99.99, 100]) {
      const exact = exactPercentile(values, p);
      const approx = percentile(h, p);
      // A bucket holding v >= 64 × 2^k spans 2^k values, so the error is below 1/64.
      expect(approx).toBeGreaterThanOrEqual(exact);
      expect((approx - exact) / exact).toBeLessThanOrEqual(1 / 64);
      if (exact < 128) expect(approx).toBe(exact);
    }
  });

  it('keeps the exact mean', () => {
    const h = createHistogram();
    recordValue(h, 10);
    recordValue(h, 20);
    recordValue(h, 1000.5);
    expect(mean(h)).toBeCloseTo(1030.5 / 3, 12);
    expect(h.n).toBe(3);
    expect(h.max).toBe(1000.5);
  });

  it('answers NaN when empty', () => {
    const h = createHistogram();
    expect(percentile(h, 50)).toBeNaN();
    expect(percentile(h, 99)).toBeNaN();
    expect(mean(h)).toBeNaN();
  });

  it('clearHistogram empties it, and forgets the old maximum', () => {
    const h = createHistogram();
    for (const v of [5, 50_000, 90_000]) recordValue(h, v);
    clearHistogram(h);
    expect(h.n).toBe(0);
    expect(percentile(h, 50)).toBeNaN();
    expect(mean(h)).toBeNaN();
    recordValue(h, 7);
    expect(percentile(h, 100)).toBe(7);
    expect(percentile(h, 1)).toBe(7);
    expect(mean(h)).toBe(7);
  });
});
