import { describe, expect, it } from 'vitest';
import { edgeHealth } from '../../../src/views/edgeHealth.ts';

const series = {
  attempts: [10, 10, 10, 10, 10, 100],
  failed: [0, 0, 1, 0, 4, 100],
  inFlight: [0, 0, 0, 0, 0, 0],
  breaker: [-1, -1, -1, -1, -1, -1],
};

describe('edgeHealth', () => {
  it('sums the seconds closed before t, never later ones', () => {
    const h = edgeHealth(series, 5_500, 5);
    expect(h).toMatchObject({ attempts: 50, failed: 5, perSecond: 10, errorRate: 0.1 });
    expect(h.level).toBe('error');
  });
  it('grades error rates: ok under 1%, warn under 10%, error from 10%', () => {
    expect(edgeHealth(series, 2_000, 5).level).toBe('ok');
    expect(edgeHealth(series, 4_000, 2).level).toBe('warn');
  });
  it('counts tries refused before they were sent (failed beyond attempts) as failures', () => {
    const open = { ...series, attempts: [0, 2], failed: [30, 30] };
    const h = edgeHealth(open, 2_000);
    expect(h).toMatchObject({
      attempts: 2,
      failed: 60,
      errorRate: 1,
      perSecond: 30,
      level: 'error',
    });
  });

  it('is idle without attempts or series', () => {
    expect(edgeHealth(undefined, 10_000).level).toBe('idle');
    expect(edgeHealth(series, 0).level).toBe('idle');
    expect(edgeHealth(series, 0).perSecond).toBe(0);
  });
  it('reads the last sample of a long run, per second', () => {
    const long = { attempts: [1800, 3600], failed: [0, 36], inFlight: [0, 0], breaker: [-1, -1] };
    const h = edgeHealth(long, 400_000, 5, 180_000);
    expect(h).toMatchObject({ attempts: 3600, failed: 36, perSecond: 20, errorRate: 0.01 });
  });
});
