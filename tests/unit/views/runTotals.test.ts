import { describe, expect, it } from 'vitest';
import type { ChartSeries } from '../../../src/views/chartSeries.ts';
import { runTotals } from '../../../src/views/runTotals.ts';

const series: ChartSeries = {
  kind: 'traffic',
  name: 'users',
  p50: [5, 6, NaN],
  p99: [20, 90, NaN],
  requests: [10, 10, 0],
  outcomes: [
    { key: 'ok', values: [9, 5, 0] },
    { key: 'degraded', values: [1, 0, 0] },
    { key: 'timeout', values: [0, 3, 0] },
    { key: 'lost', values: [0, 2, 0] },
  ],
  desired: null,
  ready: null,
  cpu: null,
  backlog: null,
  oldestMessage: null,
  consumed: null,
};

describe('runTotals', () => {
  it('adds up requests and errors and finds the worst p99 so far', () => {
    expect(runTotals(series, 3)).toEqual({
      seconds: 3,
      requests: 20,
      errors: 5,
      errorShare: 0.25,
      worstP99: 90,
    });
    expect(runTotals(series, 1)).toMatchObject({ requests: 10, errors: 0, worstP99: 20 });
  });
  it('is empty before the first second', () => {
    const none = runTotals(series, 0);
    expect(none.requests).toBe(0);
    expect(none.errorShare).toBeNaN();
    expect(none.worstP99).toBeNaN();
    expect(runTotals(series, 99).seconds).toBe(3);
  });
});
