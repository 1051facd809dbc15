import { nextRandom, type RandomStream } from './randomStream.ts';
import type { RetrySpec } from './worldSpec.ts';

/**
 * The wait before retry number `attempt` (1 = before the second try), as in
 * "Exponential Backoff And Jitter" (AWS Architecture Blog):
 * expo = min(cap, base × 2^(attempt-1)); none waits expo; full jitter
 * uniform(0, expo); equal jitter expo/2 + uniform(0, expo/2); decorrelated
 * min(cap, uniform(base, 3 × previous wait)).
 */
export function backoffDelay(
  retry: RetrySpec,
  attempt: number,
  previousMs: number,
  rng: RandomStream,
): number {
  const expo = Math.min(retry.capMs, retry.baseMs * 2 ** (attempt - 1));
  switch (retry.jitter) {
    case 'none':
      return expo;
    case 'full':
      return nextRandom(rng) * expo;
    case 'equal':
      return expo / 2 + (nextRandom(rng) * expo) / 2;
    case 'decorrelated': {
      const high = Math.max(retry.baseMs, previousMs * 3);
      return Math.min(retry.capMs, retry.baseMs + nextRandom(rng) * (high - retry.baseMs));
    }
  }
}
