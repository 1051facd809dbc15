import type { LogEntry, LogKind } from '../../../src/sim/logEntry.ts';
import type { Run } from '../../../src/sim/simulate.ts';

/** The log entries of some kinds (and optionally of one subject). */
export function logOf(run: Run, kinds: LogKind | LogKind[], subject?: string): LogEntry[] {
  const set = new Set(Array.isArray(kinds) ? kinds : [kinds]);
  return run.out.log.filter(
    (e) => set.has(e.kind) && (subject === undefined || e.subject === subject),
  );
}

/** The time of the first entry of a kind (and subject), or -1. */
export function firstAt(run: Run, kind: LogKind, subject?: string): number {
  return logOf(run, kind, subject)[0]?.t ?? -1;
}

/** Sum of a series over [from, to) seconds. */
export function sumSeconds(series: number[], from = 0, to = series.length): number {
  let total = 0;
  for (let i = from; i < to; i++) total += series[i];
  return total;
}
