import { describe, expect, it } from 'vitest';
import { constant, daily, ramp, spike, steps, sum } from '../../../src/scenario/rates.ts';
import type { Duration } from '../../../src/scenario/scenario.ts';

describe('rate helpers', () => {
  it('constant', () => {
    expect(constant(100)).toStrictEqual({ constant: 100 });
  });

  it('ramp copies its options', () => {
    const options = { from: 10, to: 200, start: '1m', end: '3m' };
    const rate = ramp(options);
    expect(rate).toStrictEqual({ ramp: { from: 10, to: 200, start: '1m', end: '3m' } });
    options.to = 0;
    expect(rate).toStrictEqual({ ramp: { from: 10, to: 200, start: '1m', end: '3m' } });
  });

  it('spike, with and without a ramp (no ramp key added)', () => {
    expect(spike({ base: 100, peak: 800, at: '2m', for: '1m' })).toStrictEqual({
      spike: { base: 100, peak: 800, at: '2m', for: '1m' },
    });
    expect(spike({ base: 1, peak: 2, at: 0, for: 5000, ramp: '10s' })).toStrictEqual({
      spike: { base: 1, peak: 2, at: 0, for: 5000, ramp: '10s' },
    });
  });

  it('daily, leaving the defaults to the compiler', () => {
    expect(daily({ min: 20, max: 200 })).toStrictEqual({ daily: { min: 20, max: 200 } });
    expect(daily({ min: 1, max: 2, peakAt: '9h', period: '12h' })).toStrictEqual({
      daily: { min: 1, max: 2, peakAt: '9h', period: '12h' },
    });
  });

  it('steps copies its points', () => {
    const points: [Duration, number][] = [
      ['0s', 50],
      ['1m', 200],
      ['3m', 50],
    ];
    const rate = steps(points);
    expect(rate).toStrictEqual({
      steps: [
        ['0s', 50],
        ['1m', 200],
        ['3m', 50],
      ],
    });
    points[1][1] = 999;
    points.push(['4m', 1]);
    expect(rate).toStrictEqual({
      steps: [
        ['0s', 50],
        ['1m', 200],
        ['3m', 50],
      ],
    });
  });

  it('sum lists its parts', () => {
    const a = daily({ min: 20, max: 200 });
    const b = spike({ base: 0, peak: 500, at: '2m', for: '30s' });
    expect(sum(a, b)).toStrictEqual({ sum: [a, b] });
    expect(sum()).toStrictEqual({ sum: [] });
    expect(sum(5, constant(3))).toStrictEqual({ sum: [5, { constant: 3 }] });
  });

  it('returns plain data that survives JSON', () => {
    const rate = sum(
      constant(1),
      ramp({ from: 1, to: 2, start: '0s', end: '1m' }),
      steps([['0s', 5]]),
    );
    expect(JSON.parse(JSON.stringify(rate))).toStrictEqual(rate);
  });
});
