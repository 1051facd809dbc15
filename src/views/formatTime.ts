import { formatDuration } from '../sim/formatDuration.ts';

/**
 * A moment of a run for axes and readouts: `0s`, `45s`, `1m30s`, `2h5m`.
 * Past a second it is rounded to the second, so ticks read as whole seconds.
 */
export function formatTime(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms <= 0) return '0s';
  if (ms < 1000) return formatDuration(ms);
  return formatDuration(Math.round(ms / 1000) * 1000);
}
