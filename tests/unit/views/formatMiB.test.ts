import { describe, expect, it } from 'vitest';
import { formatMiB } from '../../../src/views/formatMiB.ts';

describe('formatMiB', () => {
  it('picks KiB, MiB or GiB, with one decimal below 10', () => {
    expect(formatMiB(1 / 1024)).toBe('1 KiB');
    expect(formatMiB(0.5)).toBe('512 KiB');
    expect(formatMiB(2)).toBe('2 MiB');
    expect(formatMiB(2.25)).toBe('2.3 MiB');
    expect(formatMiB(123.4)).toBe('123 MiB');
    expect(formatMiB(1536)).toBe('1.5 GiB');
    expect(formatMiB(0)).toBe('0 MiB');
    expect(formatMiB(NaN)).toBe('–');
  });
});
