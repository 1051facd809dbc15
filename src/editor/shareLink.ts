import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/** What a shared link carries: a scenario's source and the moment to show. */
export interface Shared {
  source: string;
  /** Simulated time (ms) the sharer was looking at. */
  t: number;
}

/** Longest link payload accepted (characters): beyond this a link is refused, not half-read. */
export const MAX_SHARE_LENGTH = 32_000;
/** Longest source that may be shared. */
export const MAX_SOURCE_LENGTH = 100_000;

/** The `s` parameter of a share link: the source and time, compressed (lz-string, URL-safe). */
export function encodeShare(shared: Shared): string {
  return compressToEncodedURIComponent(
    JSON.stringify({ v: 1, s: shared.source, t: Math.max(0, Math.round(shared.t)) }),
  );
}

export type DecodedShare =
  { ok: true; shared: Shared } | { ok: false; reason: 'tooLong' | 'corrupt' | 'newer' };

/** Reads a share link's parameter. Never throws: a bad link says why. */
export function decodeShare(param: string): DecodedShare {
  if (param.length > MAX_SHARE_LENGTH) return { ok: false, reason: 'tooLong' };
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(param);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!text) return { ok: false, reason: 'corrupt' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, reason: 'corrupt' };
  const d = data as Record<string, unknown>;
  if (typeof d.v === 'number' && d.v > 1) return { ok: false, reason: 'newer' };
  if (d.v !== 1 || typeof d.s !== 'string' || d.s.length > MAX_SOURCE_LENGTH)
    return { ok: false, reason: 'corrupt' };
  const t = typeof d.t === 'number' && Number.isFinite(d.t) && d.t >= 0 ? d.t : 0;
  return { ok: true, shared: { source: d.s, t } };
}
