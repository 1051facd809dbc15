/** A share (0..1) as a percentage: `0%`, `0.4%`, `12%`, `100%`; NaN reads as a dash. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const pct = share * 100;
  if (pct === 0) return '0%';
  if (Math.abs(pct) < 10) return `${Math.round(pct * 10) / 10}%`;
  return `${Math.round(pct)}%`;
}
