/** A size in MiB for a reader: `1 KiB`, `512 KiB`, `2 MiB`, `120 MiB`, `1.5 GiB`; one decimal below 10. */
export function formatMiB(mib: number): string {
  if (!Number.isFinite(mib) || mib < 0) return '–';
  if (mib === 0) return '0 MiB';
  const [value, unit] =
    mib < 1 ? [mib * 1024, 'KiB'] : mib < 1024 ? [mib, 'MiB'] : [mib / 1024, 'GiB'];
  const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${shown} ${unit}`;
}
