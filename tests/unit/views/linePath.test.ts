import { describe, expect, it } from 'vitest';
import { linePath } from '../../../src/views/linePath.ts';

const x = (ms: number) => ms / 100;
const y = (v: number) => 100 - v;

describe('linePath', () => {
  it('puts each second at its middle', () => {
    expect(linePath([10, 20, 30], x, y)).toBe('M5,90L15,80L25,70');
  });
  it('leaves gaps where nothing was measured (NaN)', () => {
    const d = linePath([10, 15, NaN, 30, 40], x, y);
    expect(d).toBe('M5,90L15,85M35,70L45,60');
  });
  it('draws a lone measured second as a short dash', () => {
    expect(linePath([NaN, 10, NaN], x, y)).toBe('M11.67,90L18.33,90');
  });
  it('draws nothing for an empty range or all-NaN values', () => {
    expect(linePath([], x, y)).toBe('');
    expect(linePath([1, 2], x, y, { first: 2, last: 2 })).toBe('');
    expect(linePath([NaN, NaN], x, y)).toBe('');
  });
  it('draws only the requested seconds', () => {
    expect(linePath([1, 2, 3, 4], x, y, { first: 1, last: 3 })).toBe('M15,98L25,97');
  });
  it('holds values across each second as steps', () => {
    expect(linePath([2, 3], x, y, undefined, { step: true })).toBe('M0,98L10,98L10,97L20,97L20,97');
  });
  it('thins long series keeping each bucket’s highest value', () => {
    const values = Array.from({ length: 100 }, (_, i) => (i === 37 ? 99 : 1));
    const d = linePath(values, x, y, undefined, { maxPoints: 10 });
    expect(d.split('L')).toHaveLength(10);
    expect(d).toContain(',1'); // the spike (100 - 99) survives
  });
  it('places samples longer than a second at their own times', () => {
    // Two 3-minute samples: the middles at 90 s and 270 s; steps held over [0, 180 s) and [180 s, 360 s).
    expect(linePath([2, 3], x, y, undefined, { stepMs: 180_000 })).toBe('M900,98L2700,97');
    expect(linePath([2, 3], x, y, undefined, { step: true, stepMs: 180_000 })).toBe(
      'M0,98L1800,98L1800,97L3600,97L3600,97',
    );
  });
});
