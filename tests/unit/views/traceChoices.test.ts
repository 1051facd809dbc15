import { describe, expect, it } from 'vitest';
import type { Trace } from '../../../src/sim/runOutput.ts';
import { traceChoices, traceEnd } from '../../../src/views/traceChoices.ts';

const trace = (id: number, start: number, end: number, lastSpanEnd = end): Trace => ({
  id,
  traffic: 'users',
  start,
  end,
  spans: [
    {
      id: 0,
      parent: -1,
      kind: 'request',
      service: 'users',
      to: 'web',
      instance: '',
      attempt: 0,
      start,
      end: lastSpanEnd,
      outcome: 'ok',
    },
  ],
});

const traces = [
  trace(1, 0, 100),
  trace(2, 50, 900),
  trace(3, 1000, 1200),
  trace(4, 2000, 2100, 5000),
];

describe('traceChoices', () => {
  it('offers only traces wholly over by the moment shown', () => {
    expect(traceChoices(traces, 1200, 'slowest').map((t) => t.id)).toEqual([2, 3, 1]);
    expect(traceChoices(traces, 3000, 'latest').map((t) => t.id)).toEqual([3, 2, 1]);
    expect(traceChoices(traces, 5000, 'latest').map((t) => t.id)).toEqual([4, 3, 2, 1]);
    expect(traceChoices(traces, 50, 'latest')).toEqual([]);
  });
  it('keeps at most `limit`', () => {
    expect(traceChoices(traces, 5000, 'slowest', 2).map((t) => t.id)).toEqual([2, 3]);
  });
  it('knows when a trace’s last span ended', () => {
    expect(traceEnd(traces[3])).toBe(5000);
  });
});
