import { describe, expect, it } from 'vitest';
import { formatShare } from '../../../src/views/formatShare.ts';

describe('formatShare', () => {
  it('formats shares as percentages with one decimal under 10%', () => {
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.004)).toBe('0.4%');
    expect(formatShare(0.123)).toBe('12%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(NaN)).toBe('–');
  });
});
