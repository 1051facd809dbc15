import { describe, expect, it } from 'vitest';
import { formatMs } from '../../../src/views/formatMs.ts';

describe('formatMs', () => {
  it('formats latencies in ms and s', () => {
    expect(formatMs(0)).toBe('0');
    expect(formatMs(2.46)).toBe('2.5ms');
    expect(formatMs(250.4)).toBe('250ms');
    expect(formatMs(1500)).toBe('1.5s');
    expect(formatMs(12_345)).toBe('12s');
  });
  it('reads NaN (nothing measured) as a dash', () => {
    expect(formatMs(NaN)).toBe('–');
  });
});
