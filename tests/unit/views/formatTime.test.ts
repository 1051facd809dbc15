import { describe, expect, it } from 'vitest';
import { formatTime } from '../../../src/views/formatTime.ts';

describe('formatTime', () => {
  it('reads as whole seconds, minutes and hours', () => {
    expect(formatTime(0)).toBe('0s');
    expect(formatTime(45_000)).toBe('45s');
    expect(formatTime(90_000)).toBe('1m30s');
    expect(formatTime(90_400)).toBe('1m30s');
    expect(formatTime(300_000)).toBe('5m');
    expect(formatTime(7_500_000)).toBe('2h5m');
  });
  it('keeps milliseconds under a second, and a dash for nonsense', () => {
    expect(formatTime(250)).toBe('250ms');
    expect(formatTime(-5)).toBe('0s');
    expect(formatTime(NaN)).toBe('–');
  });
});
