import { describe, expect, it } from 'vitest';
import type { ChartSeries } from '../../../src/views/chartSeries.ts';
import { errorShare } from '../../../src/views/errorShare.ts';

const sample: ChartSeries = {
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

describe('errorShare', () => {
  it('is the failed or lost share of finished requests, each second; NaN when none finished', () => {
    const share = errorShare(sample);
    expect(share.slice(0, 2)).toEqual([0, 0.5]);
    expect(share[2]).toBeNaN();
  });
});
