import { describe, expect, it } from 'vitest';
import { logOf, sumSeconds } from '../helpers/logOf.ts';
import { runWorld } from '../helpers/runWorld.ts';

describe('circuit breaker in the engine', () => {
  const run = runWorld({
    duration: '3m',
    cluster: { nodes: 2, node: { cpu: 16 } },
    services: {
      orders: {
        cpu: 4,
        work: '1ms',
        calls: [
          {
            to: 'payments',
            timeout: '1s',
            breaker: { minimumCalls: 20, window: 20, waitInOpen: '10s', halfOpenCalls: 3 },
          },
        ],
      },
      payments: { cpu: 4, work: '2ms' },
    },
    traffic: { users: { to: 'orders', rate: 50 } },
    faults: [{ at: '30s', fail: 'payments', rate: 1, for: '45s' }],
  });
  const edge = 'orders→payments';
  const opened = logOf(run, 'breakerOpened', edge);
  const halfOpen = logOf(run, 'breakerHalfOpen', edge);
  const closed = logOf(run, 'breakerClosed', edge);

  it('opens once the window of 20 calls is at least 50% failures', () => {
    // At 50 calls/s, 10 failed calls among the last 20 take about 0.2 s after the fault.
    expect(opened[0].t).toBeGreaterThanOrEqual(30_000);
    expect(opened[0].t).toBeLessThan(31_000);
  });

  it('rejects calls at once while open, without calling payments', () => {
    const s = run.out.services.orders;
    const first = Math.ceil(opened[0].t / 1000) + 1;
    expect(sumSeconds(s.failed.breakerOpen, first, first + 8)).toBeGreaterThan(300);
    expect(sumSeconds(run.out.services.payments.requests, first, first + 8)).toBe(0);
  });

  it('goes half-open after the wait, re-opens while payments still fails, closes once it recovers', () => {
    for (const h of halfOpen) {
      const before = opened.filter((o) => o.t < h.t).at(-1);
      expect(h.t - (before?.t ?? 0)).toBe(10_000);
    }
    expect(opened.length).toBeGreaterThan(2);
    expect(opened.slice(1).every((o) => o.detail.reason === 'trial calls failed')).toBe(true);
    expect(closed).toHaveLength(1);
    expect(closed[0].t).toBeGreaterThanOrEqual(75_000);
    expect(closed[0].t).toBeLessThan(75_000 + 10_000 + 1000);
    expect(sumSeconds(run.out.services.orders.failed.breakerOpen, 90, 180)).toBe(0);
  });

  it('shows its state per second on the edge series: 0 closed, 1 open', () => {
    const series = run.out.edges[edge].breaker;
    expect(series[10]).toBe(0);
    const second = Math.floor(opened[0].t / 1000);
    expect(series.slice(second, second + 9).every((x) => x === 1)).toBe(true);
    expect(series.at(-1)).toBe(0);
    expect(run.out.edges['users→orders'].breaker.every((x) => x === -1)).toBe(true);
  });
});
