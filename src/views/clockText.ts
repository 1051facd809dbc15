/**
 * A playback clock: `0:00`, `1:05`, `12:30`, `1:02:03`, and past a day `3d 4:05:06`
 * (whole seconds, rounded down).
 */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor((Number.isFinite(ms) ? ms : 0) / 1000));
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600) % 24;
  const d = Math.floor(total / 86_400);
  const ss = String(s).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  if (d > 0) return `${d}d ${h}:${mm}:${ss}`;
  return h > 0 ? `${h}:${mm}:${ss}` : `${m}:${ss}`;
}
