import { describe, expect, it } from 'vitest';
import { clockText } from '../../../src/views/clockText.ts';

describe('clockText', () => {
  it('shows m:ss, and h:mm:ss past an hour', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(65_999)).toBe('1:05');
    expect(clockText(300_000)).toBe('5:00');
    expect(clockText(3_723_000)).toBe('1:02:03');
  });
  it('counts days past a day, so a week reads as days and not as 168 hours', () => {
    expect(clockText(86_399_000)).toBe('23:59:59');
    expect(clockText(86_400_000)).toBe('1d 0:00:00');
    expect(clockText(7 * 86_400_000)).toBe('7d 0:00:00');
    expect(clockText(3 * 86_400_000 + 4 * 3_600_000 + 5 * 60_000 + 6_000)).toBe('3d 4:05:06');
  });
  it('never goes negative', () => {
    expect(clockText(-10)).toBe('0:00');
    expect(clockText(NaN)).toBe('0:00');
  });
});
