import { scaleLinear, type ScaleLinear } from 'd3';
import type { TraceSpan } from '../sim/engineState.ts';
import type { Trace } from '../sim/runOutput.ts';

/** One row of a trace waterfall. */
export interface WaterfallRow {
  span: TraceSpan;
  /** Nesting depth (the request is 0). */
  depth: number;
  /** The bar (px). */
  x: number;
  width: number;
  /** When the span ended, or where it stops being drawn if it never did (ms). */
  end: number;
  /** The span never ended (it is still open, e.g. the instance hung or died). */
  open: boolean;
  /** Work that went on after the caller had given up: from here (px) to the bar's end; null if none. */
  orphanX: number | null;
  /** Milliseconds of that work. */
  orphanMs: number;
}

export interface WaterfallLayout {
  rows: WaterfallRow[];
  /** Trace-relative time (ms since the trace started) → px. */
  x: ScaleLinear<number, number>;
  /** The trace's start and the end of its last span (absolute ms). */
  start: number;
  end: number;
}

/**
 * Lays out a trace as a waterfall: spans in tree order (children by start
 * time, under their parent), indented by depth, bars on a shared time scale
 * from the trace's start to the end of its last span. A span still open ends
 * at the last known moment. A server span that outlives the client span that
 * called it marks the orphaned part.
 */
export function waterfallLayout(trace: Trace, left: number, right: number): WaterfallLayout {
  const spans = trace.spans;
  let end = trace.start;
  for (const s of spans) end = Math.max(end, s.start, s.end);
  const x = scaleLinear()
    .domain([0, Math.max(1, end - trace.start)])
    .range([left, Math.max(left + 1, right)]);

  const children = new Map<number, TraceSpan[]>();
  const byId = new Map<number, TraceSpan>();
  for (const s of spans) {
    byId.set(s.id, s);
    const siblings = children.get(s.parent) ?? [];
    siblings.push(s);
    children.set(s.parent, siblings);
  }
  for (const list of children.values()) list.sort((a, b) => a.start - b.start || a.id - b.id);

  const rows: WaterfallRow[] = [];
  const seen = new Set<number>();
  const visit = (span: TraceSpan, depth: number) => {
    if (seen.has(span.id)) return;
    seen.add(span.id);
    const open = span.end < 0;
    const spanEnd = open ? end : span.end;
    const parent = byId.get(span.parent);
    const callerEnd =
      span.kind === 'server' && parent && parent.kind === 'client' && parent.end >= 0
        ? parent.end
        : null;
    const orphanMs = callerEnd !== null && spanEnd > callerEnd ? spanEnd - callerEnd : 0;
    const x0 = x(span.start - trace.start);
    const x1 = x(spanEnd - trace.start);
    rows.push({
      span,
      depth,
      x: x0,
      width: Math.max(1, x1 - x0),
      end: spanEnd,
      open,
      orphanX: orphanMs > 0 ? x(Math.max(span.start, callerEnd ?? 0) - trace.start) : null,
      orphanMs,
    });
    for (const child of children.get(span.id) ?? []) visit(child, depth + 1);
  };
  const roots = spans.filter((s) => !byId.has(s.parent));
  for (const root of roots) visit(root, 0);
  // Spans in a parent loop (never from the engine) still get a row.
  for (const s of spans) visit(s, 0);
  return { rows, x, start: trace.start, end };
}
