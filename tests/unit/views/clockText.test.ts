import { describe, expect, it } from 'vitest';
import { clockText } from '../../../src/views/clockText.ts';

describe('clockText', () => {
  it('shows m:ss, and h:mm:ss past an hour', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(65_999)).toBe('1:05');
    expect(clockText(300_000)).toBe('5:00');
    expect(clockText(3_723_000)).toBe('1:02:03');
  });
  it('never goes negative', () => {
    expect(clockText(-10)).toBe('0:00');
    expect(clockText(NaN)).toBe('0:00');
  });
});
