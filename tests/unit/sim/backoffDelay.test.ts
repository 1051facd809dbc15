import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/sim/backoffDelay.ts';
import { createStream } from '../../../src/sim/randomStream.ts';
import type { Jitter, RetrySpec } from '../../../src/sim/worldSpec.ts';

function spec(jitter: Jitter, baseMs = 100, capMs = 1000): RetrySpec {
  return { maxAttempts: 5, baseMs, capMs, jitter, budget: null };
}

/** expo = min(cap, base × 2^(attempt-1)) worked out by hand for base 100, cap 1000. */
const EXPO: Record<number, number> = { 1: 100, 2: 200, 3: 400, 4: 800, 5: 1000, 12: 1000 };

describe('backoffDelay', () => {
  it("'none' waits min(cap, base × 2^(n-1))", () => {
    const rng = createStream(1, 'backoff');
    for (const [n, expo] of Object.entries(EXPO)) {
      expect(backoffDelay(spec('none'), Number(n), 0, rng)).toBe(expo);
    }
    expect(backoffDelay(spec('none', 50, 30_000), 6, 0, rng)).toBe(1600);
  });

  it("'full' is uniform in [0, expo)", () => {
    const rng = createStream(2, 'backoff');
    for (const [n, expo] of Object.entries(EXPO)) {
      const xs = Array.from({ length: 4000 }, () => backoffDelay(spec('full'), Number(n), 0, rng));
      expect(xs.filter((x) => x < 0 || x >= expo)).toEqual([]);
      // 4000 uniform draws: the chance that none falls in the lowest or highest 1% is 0.99^4000 ≈ 4e-18.
      expect(Math.min(...xs)).toBeLessThan(0.01 * expo);
      expect(Math.max(...xs)).toBeGreaterThan(0.99 * expo);
      // Mean expo/2; sd expo/sqrt(12) gives a standard error of 0.0046 × expo; allow 0.03 × expo.
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      expect(Math.abs(mean - expo / 2)).toBeLessThan(0.03 * expo);
    }
  });

  it("'equal' is in [expo/2, expo]", () => {
    const rng = createStream(3, 'backoff');
    for (const [n, expo] of Object.entries(EXPO)) {
      const xs = Array.from({ length: 4000 }, () => backoffDelay(spec('equal'), Number(n), 0, rng));
      expect(xs.filter((x) => x < expo / 2 || x > expo)).toEqual([]);
      expect(Math.min(...xs)).toBeLessThan(0.51 * expo);
      expect(Math.max(...xs)).toBeGreaterThan(0.99 * expo);
    }
  });

  it("'decorrelated' is in [base, min(cap, 3 × previous)]", () => {
    const rng = createStream(4, 'backoff');
    for (const previous of [100, 150, 200, 300]) {
      const high = Math.min(1000, 3 * previous);
      const xs = Array.from({ length: 4000 }, () =>
        backoffDelay(spec('decorrelated'), 2, previous, rng),
      );
      expect(xs.filter((x) => x < 100 || x > high)).toEqual([]);
      expect(Math.min(...xs)).toBeLessThan(100 + 0.01 * (high - 100));
      expect(Math.max(...xs)).toBeGreaterThan(high - 0.01 * (high - 100));
    }
  });

  it("'decorrelated' waits base when there is no previous wait", () => {
    const rng = createStream(5, 'backoff');
    expect(backoffDelay(spec('decorrelated'), 1, 0, rng)).toBe(100);
  });

  it("'decorrelated' is held at the cap when 3 × previous is far above it", () => {
    const rng = createStream(6, 'backoff');
    // uniform(100, 6000) lands above the 1000 cap with probability 5000/5900 ≈ 0.85.
    const xs = Array.from({ length: 2000 }, () => backoffDelay(spec('decorrelated'), 8, 2000, rng));
    expect(Math.max(...xs)).toBe(1000);
    const atCap = xs.filter((x) => x === 1000).length / xs.length;
    // Binomial sd over 2000 draws is 0.008; allow 0.05.
    expect(Math.abs(atCap - 5000 / 5900)).toBeLessThan(0.05);
  });

  it('never waits longer than the cap, whatever the jitter and attempt', () => {
    const rng = createStream(7, 'backoff');
    let previous = 100;
    for (const jitter of ['none', 'full', 'equal', 'decorrelated'] as Jitter[]) {
      for (let attempt = 1; attempt <= 40; attempt++) {
        const wait = backoffDelay(spec(jitter, 100, 750), attempt, previous, rng);
        expect(wait).toBeLessThanOrEqual(750);
        expect(wait).toBeGreaterThanOrEqual(0);
        previous = wait;
      }
    }
  });
});
