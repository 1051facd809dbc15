import { describe, expect, it } from 'vitest';
import type { TraceSpan } from '../../../src/sim/engineState.ts';
import type { Trace } from '../../../src/sim/runOutput.ts';
import { waterfallLayout } from '../../../src/views/waterfallLayout.ts';

const span = (s: Partial<TraceSpan> & Pick<TraceSpan, 'id' | 'parent' | 'kind'>): TraceSpan => ({
  service: 'x',
  to: '',
  instance: '',
  attempt: 1,
  start: 0,
  end: 0,
  outcome: 'ok',
  ...s,
});

/** users → gateway; gateway calls payments twice: the first attempt times out, its work goes on. */
const trace: Trace = {
  id: 7,
  traffic: 'users',
  start: 1000,
  end: 2000,
  spans: [
    span({
      id: 0,
      parent: -1,
      kind: 'request',
      service: 'users',
      to: 'gateway',
      start: 1000,
      end: 2000,
      attempt: 0,
    }),
    span({
      id: 1,
      parent: 0,
      kind: 'client',
      service: 'users',
      to: 'gateway',
      start: 1000,
      end: 2000,
    }),
    span({
      id: 2,
      parent: 1,
      kind: 'server',
      service: 'gateway',
      instance: 'gateway-1',
      start: 1000,
      end: 2000,
    }),
    span({ id: 4, parent: 2, kind: 'client', to: 'payments', attempt: 2, start: 1800, end: 1990 }),
    span({
      id: 3,
      parent: 2,
      kind: 'client',
      to: 'payments',
      start: 1000,
      end: 1800,
      outcome: 'timeout',
    }),
    span({ id: 5, parent: 3, kind: 'server', service: 'payments', start: 1001, end: 3000 }),
    span({
      id: 6,
      parent: 4,
      kind: 'server',
      service: 'payments',
      start: 1801,
      end: -1,
      outcome: 'open',
    }),
  ],
};

describe('waterfallLayout', () => {
  const layout = waterfallLayout(trace, 0, 200);

  it('lists spans in tree order, children by start time, with their depth', () => {
    expect(layout.rows.map((r) => [r.span.id, r.depth])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [5, 4],
      [4, 3],
      [6, 4],
    ]);
  });

  it('spans the time from the trace’s start to its last span’s end', () => {
    expect(layout.start).toBe(1000);
    expect(layout.end).toBe(3000);
    expect(layout.x.domain()).toEqual([0, 2000]);
    const root = layout.rows[0];
    expect([root.x, root.width]).toEqual([0, 100]);
    const retry = layout.rows.find((r) => r.span.id === 4)!;
    expect(retry.x).toBe(80);
    expect(retry.width).toBeCloseTo(19);
  });

  it('marks the work that went on after its caller gave up', () => {
    const orphan = layout.rows.find((r) => r.span.id === 5)!;
    expect(orphan.orphanMs).toBe(1200);
    expect(orphan.orphanX).toBe(80);
    expect(orphan.x + orphan.width).toBe(200);
    expect(layout.rows.find((r) => r.span.id === 2)!.orphanMs).toBe(0);
  });

  it('draws a span that never ended up to the last moment known, as open', () => {
    const open = layout.rows.find((r) => r.span.id === 6)!;
    expect(open.open).toBe(true);
    expect(open.end).toBe(3000);
    expect(open.orphanMs).toBe(1010);
  });

  it('gives every span a row, even one whose parent is missing, and a visible bar', () => {
    const odd: Trace = {
      ...trace,
      spans: [span({ id: 0, parent: 9, kind: 'server', start: 1000, end: 1000 })],
    };
    const rows = waterfallLayout(odd, 0, 100).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0].width).toBeGreaterThanOrEqual(1);
  });
});
