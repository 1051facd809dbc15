/** A duration in words a reader knows: `250ms`, `10s`, `1.5s`, `5m`, `2h`, `1m30s`, `3d`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '∞';
  if (ms < 999.5) return `${Math.round(ms)}ms`;
  // Round to the shown unit first, so that 59.96 s reads "1m", not "60s".
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return tenths % 10 === 0 ? `${tenths / 10}s` : `${(tenths / 10).toFixed(1)}s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return s ? `${m}m${s}s` : `${m}m`;
  }
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1440) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m ? `${h}h${m}m` : `${h}h`;
  }
  const hours = Math.round(ms / 3_600_000);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h ? `${d}d${h}h` : `${d}d`;
}
