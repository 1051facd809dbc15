import type { Trace } from '../sim/runOutput.ts';

export type TraceOrder = 'slowest' | 'latest';

/** When a trace's last span ended (or the trace did, if later). */
export function traceEnd(trace: Trace): number {
  let end = trace.end;
  for (const s of trace.spans) end = Math.max(end, s.end);
  return end;
}

/**
 * The traces a reader can pick at time `t`: those wholly over by then (no
 * peeking at the future), the slowest first or the latest first, at most `limit`.
 */
export function traceChoices(
  traces: readonly Trace[],
  t: number,
  order: TraceOrder,
  limit = 200,
): Trace[] {
  const done = traces.filter((trace) => trace.end >= 0 && traceEnd(trace) <= t);
  const sorted =
    order === 'slowest'
      ? done.sort((a, b) => b.end - b.start - (a.end - a.start) || b.start - a.start)
      : done.sort((a, b) => b.end - a.end || b.id - a.id);
  return sorted.slice(0, limit);
}
