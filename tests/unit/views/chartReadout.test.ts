import { describe, expect, it } from 'vitest';
import { chartReadout, secondAt } from '../../../src/views/chartReadout.ts';
import type { ChartSeries } from '../../../src/views/chartSeries.ts';

const series: ChartSeries = {
  kind: 'service',
  name: 'web',
  p50: [10, NaN],
  p99: [40, NaN],
  requests: [20, 0],
  outcomes: [
    { key: 'ok', values: [15, 0] },
    { key: 'degraded', values: [1, 0] },
    { key: 'timeout', values: [4, 0] },
  ],
  desired: [3, 3],
  ready: [2, 3],
  cpu: [0.5, NaN],
  backlog: [120, 0],
  oldestMessage: [3500, 0],
  consumed: [18, 0],
};

describe('secondAt', () => {
  it('is the second containing t, within what exists', () => {
    expect(secondAt(0, 10)).toBe(0);
    expect(secondAt(1999, 10)).toBe(1);
    expect(secondAt(99_000, 10)).toBe(9);
    expect(secondAt(5000, 0)).toBe(-1);
  });
  it('counts in samples when they are longer than a second', () => {
    expect(secondAt(179_999, 3360, 180_000)).toBe(0);
    expect(secondAt(180_000, 3360, 180_000)).toBe(1);
    expect(secondAt(7 * 86_400_000, 3360, 180_000)).toBe(3359);
  });
});

describe('chartReadout', () => {
  it('reads one second: latency, outcomes that happened, failed share, replicas, CPU', () => {
    expect(chartReadout(series, 0)).toEqual({
      second: 0,
      p50: 10,
      p99: 40,
      requests: 20,
      outcomes: [
        { key: 'ok', value: 15 },
        { key: 'degraded', value: 1 },
        { key: 'timeout', value: 4 },
      ],
      failedShare: 0.2,
      desired: 3,
      ready: 2,
      cpu: 0.5,
      backlog: 120,
      oldestMessage: 3500,
      consumed: 18,
    });
  });
  it('says nothing was measured in an idle second, and null outside the run', () => {
    const idle = chartReadout(series, 1)!;
    expect(idle.p99).toBeNaN();
    expect(idle.failedShare).toBeNaN();
    expect(idle.outcomes).toEqual([]);
    expect(chartReadout(series, 2)).toBeNull();
    expect(chartReadout(series, -1)).toBeNull();
    expect(chartReadout({ ...series, desired: null, ready: null, cpu: null }, 0)?.cpu).toBeNull();
    const noQueue = { ...series, backlog: null, oldestMessage: null, consumed: null };
    expect(chartReadout(noQueue, 0)?.backlog).toBeNull();
  });
});
