import { describe, expect, it } from 'vitest';
import { dotsPath } from '../../../src/views/dotsPath.ts';

describe('dotsPath', () => {
  it('draws one zero-length stroke per point in a single path (round caps make the dots)', () => {
    const d = dotsPath(
      [
        { x: 10, y: 10 },
        { x: 30.04, y: 5.26 },
      ],
      2,
    );
    expect(d).toBe('M10,10h0M30,5.3h0');
  });
  it('draws a spot once, however many dots land on it', () => {
    const pile = Array.from({ length: 500 }, () => ({ x: 40.01, y: 7 }));
    expect(dotsPath([...pile, { x: 41, y: 7 }], 2)).toBe('M40,7h0M41,7h0');
    expect(dotsPath([...pile], 2, 'cross')).toBe('M38,5L42,9M38,9L42,5');
  });
  it('draws crosses as two strokes', () => {
    expect(dotsPath([{ x: 0, y: 0 }], 3, 'cross')).toBe('M-3,-3L3,3M-3,3L3,-3');
  });
  it('is empty without points', () => {
    expect(dotsPath([], 3)).toBe('');
  });
});
