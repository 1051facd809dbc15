import { describe, expect, it } from 'vitest';
import { dotsPath } from '../../../src/views/dotsPath.ts';

describe('dotsPath', () => {
  it('draws one circle per point in a single path', () => {
    const d = dotsPath(
      [
        { x: 10, y: 10 },
        { x: 30, y: 5 },
      ],
      2,
    );
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.startsWith('M12,10A2,2')).toBe(true);
  });
  it('draws crosses as two strokes', () => {
    expect(dotsPath([{ x: 0, y: 0 }], 3, 'cross')).toBe('M-3,-3L3,3M-3,3L3,-3');
  });
  it('is empty without points', () => {
    expect(dotsPath([], 3)).toBe('');
  });
});
