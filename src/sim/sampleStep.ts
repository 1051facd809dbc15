/** Most values a run keeps per metric series. */
export const MAX_SAMPLES = 4000;

/** The sample steps a run may use, in milliseconds: round numbers a reader recognises. */
export const SAMPLE_STEPS_MS: readonly number[] = [
  1, 2, 5, 10, 15, 30, 60, 120, 180, 300, 600, 900, 1800, 3600,
].map((s) => s * 1000);

/**
 * How much simulated time one value of a metric series covers: one second
 * while a run has at most `MAX_SAMPLES` seconds (a bit over an hour), else
 * the smallest round step that keeps it within `MAX_SAMPLES` values (a week
 * is sampled every 3 minutes).
 */
export function sampleStepMs(durationMs: number): number {
  const needed = durationMs / MAX_SAMPLES;
  for (const step of SAMPLE_STEPS_MS) if (step >= needed) return step;
  return Math.ceil(needed / 3_600_000) * 3_600_000;
}
