import { scaleThreshold } from 'd3';
import type { RunOutput } from '../player/PlayerLike.ts';

type EdgeSeries = RunOutput['edges'][string];

/** How an edge is doing over the last few seconds. */
export interface EdgeHealth {
  /** Attempts and failures summed over the window. */
  attempts: number;
  failed: number;
  /** Tries per second over the window. */
  perSecond: number;
  /**
   * Failed share of the tries: failures over attempts, where a try refused
   * before it was sent (breaker open, bulkhead full) counts as a failure but
   * not as an attempt, so the share is taken over max(attempts, failed).
   */
  errorRate: number;
  level: 'idle' | 'ok' | 'warn' | 'error';
}

/** Error rates from which an edge is drawn as warning (1%) and as failing (10%). */
const levelOf = scaleThreshold<number, 'ok' | 'warn' | 'error'>()
  .domain([0.01, 0.1])
  .range(['ok', 'warn', 'error']);

/**
 * An edge's error rate over the `window` seconds closed before `t` (never
 * later ones, even when the run has been computed further), or over the last
 * sample when samples (`stepMs`) are longer than that.
 */
export function edgeHealth(
  series: EdgeSeries | undefined,
  t: number,
  window = 5,
  stepMs = 1000,
): EdgeHealth {
  const end = Math.min(Math.floor(t / stepMs), series?.attempts.length ?? 0);
  const start = Math.max(0, end - Math.max(1, Math.round((window * 1000) / stepMs)));
  let attempts = 0;
  let failed = 0;
  for (let i = start; i < end; i++) {
    attempts += series!.attempts[i];
    failed += series!.failed[i];
  }
  const tries = Math.max(attempts, failed);
  const errorRate = tries > 0 ? failed / tries : 0;
  return {
    attempts,
    failed,
    perSecond: end > start ? tries / (((end - start) * stepMs) / 1000) : 0,
    errorRate,
    level: tries === 0 ? 'idle' : levelOf(errorRate),
  };
}
