import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src/sim/formatDuration.ts';

describe('formatDuration', () => {
  it('milliseconds below a second', () => {
    expect(formatDuration(0)).toBe('0ms');
    expect(formatDuration(250)).toBe('250ms');
    expect(formatDuration(999)).toBe('999ms');
    expect(formatDuration(12.4)).toBe('12ms');
  });

  it('seconds, with one decimal when not whole', () => {
    expect(formatDuration(1000)).toBe('1s');
    expect(formatDuration(1500)).toBe('1.5s');
    expect(formatDuration(10_000)).toBe('10s');
    expect(formatDuration(30_000)).toBe('30s');
    expect(formatDuration(1234)).toBe('1.2s');
    expect(formatDuration(59_000)).toBe('59s');
  });

  it('minutes and seconds', () => {
    expect(formatDuration(60_000)).toBe('1m');
    expect(formatDuration(90_000)).toBe('1m30s');
    expect(formatDuration(300_000)).toBe('5m');
    expect(formatDuration(61_000)).toBe('1m1s');
    expect(formatDuration(59 * 60_000 + 59_000)).toBe('59m59s');
  });

  it('hours and minutes', () => {
    expect(formatDuration(3_600_000)).toBe('1h');
    expect(formatDuration(7_200_000)).toBe('2h');
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(23 * 3_600_000 + 59 * 60_000)).toBe('23h59m');
  });

  it('days and hours', () => {
    expect(formatDuration(86_400_000)).toBe('1d');
    expect(formatDuration(8 * 86_400_000)).toBe('8d');
    expect(formatDuration(36 * 3_600_000)).toBe('1d12h');
  });

  it('carries a rounded-up 60 into the next unit', () => {
    expect(formatDuration(119_600)).toBe('2m');
    expect(formatDuration(7_170_000)).toBe('2h');
    expect(formatDuration(59_960)).toBe('1m');
    expect(formatDuration(3_599_700)).toBe('1h');
    expect(formatDuration(999.7)).toBe('1s');
  });

  it('infinity', () => {
    expect(formatDuration(Infinity)).toBe('∞');
  });
});
