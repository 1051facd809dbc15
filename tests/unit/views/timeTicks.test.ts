import { describe, expect, it } from 'vitest';
import { timeTicks } from '../../../src/views/timeTicks.ts';

describe('timeTicks', () => {
  it('picks a round step that gives at most maxCount ticks', () => {
    expect(timeTicks(0, 300_000, 6)).toEqual([0, 60_000, 120_000, 180_000, 240_000, 300_000]);
    expect(timeTicks(0, 300_000, 12)).toEqual([
      0, 30_000, 60_000, 90_000, 120_000, 150_000, 180_000, 210_000, 240_000, 270_000, 300_000,
    ]);
    expect(timeTicks(0, 10_000, 5)).toEqual([0, 2000, 4000, 6000, 8000, 10_000]);
  });
  it('starts at the first multiple inside a window', () => {
    expect(timeTicks(25_000, 95_000, 4)).toEqual([30_000, 60_000, 90_000]);
  });
  it('copes with long runs and empty windows', () => {
    expect(timeTicks(0, 10 * 86_400_000, 5).length).toBeLessThanOrEqual(6);
    expect(timeTicks(5, 5, 4)).toEqual([]);
    expect(timeTicks(0, 1000, 0)).toEqual([]);
  });
});
