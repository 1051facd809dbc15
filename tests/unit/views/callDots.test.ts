import { describe, expect, it } from 'vitest';
import { callDots, callProgress } from '../../../src/views/callDots.ts';
import type { Cubic } from '../../../src/views/cubicPoint.ts';

const line: Cubic = { x1: 0, y1: 0, c1x: 50, c1y: 0, c2x: 50, c2y: 0, x2: 100, y2: 0 };
const edges = new Map([['a→b', line]]);
const edgeNames = [{ name: 'a→b' }, { name: 'unknown' }];
type Code = 'open' | 'ok' | 'degraded' | 'failed';
const CODE: Record<Code, number> = { open: -1, ok: 0, degraded: 1, failed: 2 };
const call = (start: number, end: number, outcome: Code = end < 0 ? 'open' : 'ok', edge = 0) => ({
  edge,
  start,
  end,
  outcome,
});
/** Calls in the world's columns. */
function columns(list: ReturnType<typeof call>[]) {
  return {
    count: list.length,
    edge: Uint16Array.from(list.map((c) => c.edge)),
    start: Float64Array.from(list.map((c) => c.start)),
    end: Float64Array.from(list.map((c) => c.end)),
    outcome: Int8Array.from(list.map((c) => CODE[c.outcome])),
  };
}

describe('callProgress', () => {
  it('travels out, waits while in flight, and travels back once answered', () => {
    expect(callProgress(call(1000, -1), 1100, 400)).toEqual({ p: 0.25, back: false });
    expect(callProgress(call(1000, -1), 9000, 400)).toEqual({ p: 1, back: false });
    expect(callProgress(call(1000, 3000), 2000, 400)).toEqual({ p: 1, back: false });
    expect(callProgress(call(1000, 3000), 3100, 400)).toEqual({ p: 0.75, back: true });
    expect(callProgress(call(1000, 3000), 3500, 400)).toBeNull();
  });

  it('finishes the trip out before coming back from a quick answer', () => {
    expect(callProgress(call(0, 5), 200, 400)).toEqual({ p: 0.5, back: false });
    expect(callProgress(call(0, 5), 500, 400)).toEqual({ p: 0.75, back: true });
  });

  it('shows nothing before a call starts', () => {
    expect(callProgress(call(1000, -1), 900, 400)).toBeNull();
  });
});

describe('callDots', () => {
  it('places dots on their edge and kinds them by direction and outcome', () => {
    const dots = callDots(
      columns([
        call(0, -1),
        call(0, 100, 'ok'),
        call(0, 100, 'degraded'),
        call(0, 100, 'failed'),
        call(0, -1, 'open', 1),
        call(0, -1, 'open', 7),
      ]),
      edgeNames,
      edges,
      600,
      400,
    );
    expect(dots.map((d) => d.kind)).toEqual(['out', 'ok', 'degraded', 'failed']);
    expect(dots[0]).toMatchObject({ x: 100, y: 0 });
    expect(dots[1].x).toBeCloseTo(50);
  });

  it('keeps calls going out to one side of the line and answers to the other', () => {
    const [out, back] = callDots(
      columns([call(0, -1), call(0, 100, 'ok')]),
      edgeNames,
      edges,
      600,
      400,
      4,
    );
    expect(out).toMatchObject({ x: 100, y: -4 });
    expect(back.x).toBeCloseTo(50);
    expect(back.y).toBeCloseTo(4);
  });
});
