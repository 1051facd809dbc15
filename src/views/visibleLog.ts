import { bisector } from 'd3';
import type { LogEntry } from '../sim/logEntry.ts';
import { logGroup, type LogGroup } from './logGroup.ts';

export interface LogFilter {
  /** The moment shown (ms): entries after it are the future. */
  t: number;
  /** Show entries after `t` too (dimmed). */
  future: boolean;
  /** Groups shown (all when null). */
  groups: ReadonlySet<LogGroup> | null;
  /** Words to look for (in the sentence and the subject), case-insensitive; '' for all. */
  text: string;
  /** At most this many entries (the newest). */
  limit: number;
}

export interface LogRow {
  entry: LogEntry;
  /** Its index in the whole log (a stable key). */
  index: number;
  /** It happens after the moment shown. */
  later: boolean;
}

export interface VisibleLog {
  rows: LogRow[];
  /** More matching entries exist before the first row. */
  earlier: boolean;
  /** Entries after `t` (all kinds), hidden or not. */
  later: number;
}

const byTime = bisector((entry: LogEntry) => entry.t);

/**
 * The log entries to draw, oldest first: those up to `t` (or all), of the
 * chosen groups, containing the words, the newest `limit` of them. Works
 * back from the end and stops at the limit, so a long log costs little.
 */
export function visibleLog(
  log: readonly LogEntry[],
  filter: LogFilter,
  textOf: (entry: LogEntry) => string,
): VisibleLog {
  const now = byTime.right(log, filter.t);
  const end = filter.future ? log.length : now;
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const rows: LogRow[] = [];
  let earlier = false;
  for (let i = end - 1; i >= 0; i--) {
    const entry = log[i];
    if (filter.groups && !filter.groups.has(logGroup(entry.kind))) continue;
    if (words.length) {
      const haystack = `${textOf(entry)} ${entry.subject}`.toLowerCase();
      if (!words.every((w) => haystack.includes(w))) continue;
    }
    if (rows.length >= filter.limit) {
      earlier = true;
      break;
    }
    rows.push({ entry, index: i, later: i >= now });
  }
  rows.reverse();
  return { rows, earlier, later: log.length - now };
}
