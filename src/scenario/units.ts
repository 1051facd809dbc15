/** Parsing of the human units a scenario is written in. Each returns null for bad input. */

const DURATION_UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};
const MEMORY_UNITS: Record<string, number> = {
  Ki: 1 / 1024,
  Mi: 1,
  Gi: 1024,
  Ti: 1024 * 1024,
  K: 1000 / 1048576,
  M: 1e6 / 1048576,
  G: 1e9 / 1048576,
};

/** `'250ms'`, `'1.5s'`, `'5m'`, `'2h'`, `'1d'`, `'1m30s'` or a number of ms → milliseconds. */
export function parseDuration(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  let total = 0;
  let rest = text;
  while (rest.length > 0) {
    const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/.exec(rest);
    if (!m) return null;
    total += Number(m[1]) * DURATION_UNITS[m[2]];
    rest = rest.slice(m[0].length).trimStart();
  }
  return total;
}

/** `'512Mi'`, `'2Gi'`, `'1.5Gi'` or a number of MiB → MiB. */
export function parseMemory(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(Ki|Mi|Gi|Ti|K|M|G)?\s*$/.exec(value);
  if (!m) return null;
  return Number(m[1]) * (m[2] ? MEMORY_UNITS[m[2]] : 1);
}

/** `0.5`, `2` or `'500m'` → cores. */
export function parseCpu(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(m)?\s*$/.exec(value);
  if (!m) return null;
  const cores = Number(m[1]) / (m[2] ? 1000 : 1);
  return cores > 0 ? cores : null;
}

/** `0.2` or `'20%'` → 0.2 (a share between 0 and 1). */
export function parseShare(value: unknown): number | null {
  if (typeof value === 'number')
    return Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  if (!m) return null;
  const share = Number(m[1]) / 100;
  return share <= 1 ? share : null;
}
