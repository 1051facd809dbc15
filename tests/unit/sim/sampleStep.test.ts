import { describe, expect, it } from 'vitest';
import { MAX_SAMPLES, sampleStepMs } from '../../../src/sim/sampleStep.ts';

describe('sampleStepMs', () => {
  it('keeps one-second samples for runs up to MAX_SAMPLES seconds', () => {
    expect(sampleStepMs(1000)).toBe(1000);
    expect(sampleStepMs(30 * 60_000)).toBe(1000);
    expect(sampleStepMs(MAX_SAMPLES * 1000)).toBe(1000);
    expect(sampleStepMs(MAX_SAMPLES * 1000 + 1)).toBe(2000);
  });

  it('grows in round steps for long runs', () => {
    expect(sampleStepMs(2 * 3_600_000)).toBe(2000);
    expect(sampleStepMs(24 * 3_600_000)).toBe(30_000);
    expect(sampleStepMs(7 * 24 * 3_600_000)).toBe(180_000);
    expect(sampleStepMs(8 * 24 * 3_600_000)).toBe(180_000);
    expect(sampleStepMs(365 * 24 * 3_600_000)).toBe(3 * 3_600_000);
  });

  it('never keeps more than MAX_SAMPLES values', () => {
    for (let d = 1000; d < 400 * 24 * 3_600_000; d = Math.ceil(d * 1.37)) {
      expect(Math.ceil(d / sampleStepMs(d))).toBeLessThanOrEqual(MAX_SAMPLES);
    }
  });
});
