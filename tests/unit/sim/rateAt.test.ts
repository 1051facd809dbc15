import { describe, expect, it } from 'vitest';
import { createStream, nextRandom } from '../../../src/sim/randomStream.ts';
import { maxRate, rateAt } from '../../../src/sim/rateAt.ts';
import type { RateShape } from '../../../src/sim/worldSpec.ts';

const HOUR = 3_600_000;

const ramp: RateShape = { kind: 'ramp', fromRps: 10, toRps: 110, startMs: 1000, endMs: 3000 };
const spike: RateShape = {
  kind: 'spike',
  baseRps: 100,
  peakRps: 500,
  atMs: 10_000,
  durationMs: 6_000,
  rampMs: 2_000,
};
const suddenSpike: RateShape = { ...spike, rampMs: 0 };
const daily: RateShape = {
  kind: 'daily',
  minRps: 20,
  maxRps: 200,
  peakAtMs: 14 * HOUR,
  periodMs: 24 * HOUR,
};
const steps: RateShape = {
  kind: 'steps',
  points: [
    { atMs: 0, rps: 50 },
    { atMs: 60_000, rps: 200 },
    { atMs: 180_000, rps: 50 },
  ],
};

describe('rateAt', () => {
  it('constant', () => {
    expect(rateAt({ kind: 'constant', rps: 7 }, 0)).toBe(7);
    expect(rateAt({ kind: 'constant', rps: 7 }, 1e9)).toBe(7);
  });

  it('ramp: flat before and after, linear in between', () => {
    expect(rateAt(ramp, 0)).toBe(10);
    expect(rateAt(ramp, 1000)).toBe(10);
    expect(rateAt(ramp, 1500)).toBe(35);
    expect(rateAt(ramp, 2000)).toBe(60);
    expect(rateAt(ramp, 2500)).toBe(85);
    expect(rateAt(ramp, 3000)).toBe(110);
    expect(rateAt(ramp, 99_000)).toBe(110);
  });

  it('ramp can go down', () => {
    const down: RateShape = { kind: 'ramp', fromRps: 100, toRps: 0, startMs: 0, endMs: 1000 };
    expect(rateAt(down, 250)).toBe(75);
    expect(rateAt(down, 1000)).toBe(0);
  });

  it('spike with a ramp: rises over rampMs, holds, falls over rampMs before the end', () => {
    expect(rateAt(spike, 9_999)).toBe(100);
    expect(rateAt(spike, 10_000)).toBe(100); // f = 0 at the very start
    expect(rateAt(spike, 11_000)).toBe(300); // half way up
    expect(rateAt(spike, 12_000)).toBe(500);
    expect(rateAt(spike, 13_000)).toBe(500);
    expect(rateAt(spike, 14_000)).toBe(500); // 2 s left: still at the top
    expect(rateAt(spike, 15_000)).toBe(300); // 1 s left: half way down
    expect(rateAt(spike, 15_500)).toBe(200); // 0.5 s left: a quarter
    expect(rateAt(spike, 16_000)).toBe(100); // over
  });

  it('spike without a ramp jumps at once', () => {
    expect(rateAt(suddenSpike, 9_999)).toBe(100);
    expect(rateAt(suddenSpike, 10_000)).toBe(500);
    expect(rateAt(suddenSpike, 15_999)).toBe(500);
    expect(rateAt(suddenSpike, 16_000)).toBe(100);
  });

  it('daily: max at peakAt, min half a period away, mid-way a quarter period away', () => {
    expect(rateAt(daily, 14 * HOUR)).toBe(200);
    expect(rateAt(daily, 38 * HOUR)).toBe(200); // a day later
    expect(rateAt(daily, 2 * HOUR)).toBe(20); // 12 h before the peak
    expect(rateAt(daily, 26 * HOUR)).toBe(20); // 12 h after
    expect(rateAt(daily, 8 * HOUR)).toBeCloseTo(110, 9); // 6 h before: cos = 0
    expect(rateAt(daily, 20 * HOUR)).toBeCloseTo(110, 9);
    // 4 h before the peak: cos(60°) = 1/2 → 20 + 180 × 3/4.
    expect(rateAt(daily, 10 * HOUR)).toBeCloseTo(155, 9);
  });

  it('steps: each point holds until the next; zero before the first', () => {
    expect(rateAt(steps, -1)).toBe(0);
    expect(rateAt(steps, 0)).toBe(50);
    expect(rateAt(steps, 59_999)).toBe(50);
    expect(rateAt(steps, 60_000)).toBe(200);
    expect(rateAt(steps, 179_999)).toBe(200);
    expect(rateAt(steps, 180_000)).toBe(50);
    expect(rateAt(steps, 1e9)).toBe(50);
    const late: RateShape = { kind: 'steps', points: [{ atMs: 1000, rps: 5 }] };
    expect(rateAt(late, 999)).toBe(0);
    expect(rateAt(late, 1000)).toBe(5);
  });

  it('sum adds its parts', () => {
    const total: RateShape = { kind: 'sum', parts: [{ kind: 'constant', rps: 10 }, ramp, spike] };
    expect(rateAt(total, 2000)).toBe(10 + 60 + 100);
    expect(rateAt(total, 11_000)).toBe(10 + 110 + 300);
    expect(rateAt({ kind: 'sum', parts: [] }, 5)).toBe(0);
  });
});

describe('maxRate', () => {
  it('hand-picked bounds', () => {
    expect(maxRate(ramp, 1000, 2000)).toBe(60);
    expect(maxRate(ramp, 0, 10_000)).toBe(110);
    expect(maxRate(spike, 0, 9_000)).toBe(100); // before the spike
    expect(maxRate(spike, 16_000, 20_000)).toBe(100); // after it
    expect(maxRate(spike, 9_000, 10_500)).toBe(500); // overlaps its start
    expect(maxRate(daily, 0, 1000)).toBe(200);
    expect(maxRate(steps, 30_000, 90_000)).toBe(200);
    expect(maxRate(steps, 0, 60_000)).toBe(50); // the step at 60 s is outside [0, 60 s)
    expect(maxRate(steps, 100_000, 200_000)).toBe(200);
  });

  it('is an upper bound of rateAt over [from, to) for every shape', () => {
    const shapes: RateShape[] = [
      { kind: 'constant', rps: 3 },
      ramp,
      { kind: 'ramp', fromRps: 90, toRps: 5, startMs: 2_000, endMs: 40_000 },
      spike,
      suddenSpike,
      { ...spike, peakRps: 10 }, // a dip rather than a spike
      daily,
      { ...daily, peakAtMs: 0, periodMs: 60_000 },
      steps,
      { kind: 'sum', parts: [daily, spike, steps] },
    ];
    const rng = createStream(77, 'maxRate');
    let checks = 0;
    for (const shape of shapes) {
      for (let k = 0; k < 300; k++) {
        const a = Math.floor(nextRandom(rng) * 250_000) - 10_000;
        const b = a + 1 + Math.floor(nextRandom(rng) * (nextRandom(rng) < 0.5 ? 5_000 : 100_000));
        const bound = maxRate(shape, a, b);
        for (let j = 0; j < 20; j++) {
          const t = a + Math.floor(nextRandom(rng) * (b - a));
          if (rateAt(shape, t) > bound + 1e-9) {
            throw new Error(`${shape.kind}: rateAt(${t}) > maxRate(${a}, ${b}) = ${bound}`);
          }
          checks++;
        }
        // Interval ends of interest: exact change points.
        for (const t of [a, b - 1]) expect(rateAt(shape, t)).toBeLessThanOrEqual(bound + 1e-9);
      }
    }
    expect(checks).toBe(shapes.length * 300 * 20);
  });
});
