/**
 * A latency for axes and readouts: `0`, `2.5ms`, `250ms`, `1.5s`, `12s`.
 * NaN (nothing measured) reads as a dash.
 */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms === 0) return '0';
  if (ms < 10) return `${Math.round(ms * 10) / 10}ms`;
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 10_000) return `${Math.round(ms / 100) / 10}s`;
  return `${Math.round(ms / 1000)}s`;
}
