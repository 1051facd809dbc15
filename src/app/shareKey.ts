/**
 * Where edits of a shared scenario are kept: one place per link (FNV-1a of
 * its parameter), so that opening a link never overwrites the reader's own
 * sandbox scenario, nor their edits of another link.
 */
export function shareKey(param: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < param.length; i++) {
    hash ^= param.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `shared/${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
