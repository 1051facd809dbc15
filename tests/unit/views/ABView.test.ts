import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import ABView from '../../../src/views/ABView.svelte';
import { playerAt, shop } from './playerFromRun.svelte.ts';
import { expectSvgSnapshot } from './svgSnapshot.ts';

afterEach(cleanup);

/** The same shop without the breaker: same traffic, one difference. */
const noBreaker: Scenario = {
  ...shop,
  services: {
    ...shop.services,
    orders: {
      ...shop.services.orders,
      calls: [{ to: 'payments', timeout: '800ms', retries: 2 }],
    },
  },
};

function pair(t: number) {
  const a = playerAt(noBreaker, t);
  const b = playerAt(shop, t);
  return { a, b };
}

describe('ABView', () => {
  it('overlays both runs (A solid, B dashed) with a legend naming them', () => {
    const { a, b } = pair(60_000);
    const { container } = render(ABView, {
      a,
      b,
      labelA: 'without a breaker',
      labelB: 'with a breaker',
    });
    expect(screen.getByRole('heading', { name: 'p99 latency of users' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Error rate of users' })).toBeTruthy();
    const legend = container.querySelector('ul.legend')!;
    expect(within(legend as HTMLElement).getByText('without a breaker')).toBeTruthy();
    const charts = container.querySelectorAll('svg.time-chart');
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      expect(chart.querySelector('path.run-a')?.getAttribute('d')).toMatch(/^M/);
      expect(chart.querySelector('path.run-b')?.getAttribute('d')).toMatch(/^M/);
    }
  });

  it('totals each run up to the shared moment', () => {
    const { a, b } = pair(60_000);
    render(ABView, { a, b });
    const table = screen.getByRole('table', { name: 'Totals up to 1m' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    const [requestsA, errorsA, p99A] = cells(rows[1]);
    const [requestsB, errorsB] = cells(rows[2]);
    // Identical traffic: the same number of requests.
    expect(requestsA).toBe(requestsB);
    expect(errorsA).toMatch(/%$/);
    expect(errorsB).toMatch(/%$/);
    expect(p99A).toMatch(/s$/);
    const before = cells(rows[1])[0];
    a.t = 90_000;
    b.t = 90_000;
    flushSync();
    expect(screen.getByRole('table', { name: 'Totals up to 1m30s' })).toBeTruthy();
    expect(cells(within(screen.getByRole('table')).getAllByRole('row')[1])[0]).not.toBe(before);
  });

  it('shares one cursor and reads both runs under the pointer', async () => {
    const { a, b } = pair(60_000);
    const { container } = render(ABView, { a, b });
    const cursors = Array.from(container.querySelectorAll('line.cursor'));
    expect(new Set(cursors.map((c) => c.getAttribute('x1'))).size).toBe(1);
    const readout = container.querySelector('.readout')!;
    expect(readout.textContent).toMatch(/At 1m: A: p99 .+, errors .+, B: p99/);
    await fireEvent.pointerMove(container.querySelector('svg.time-chart')!, {
      clientX: 46 + 582 / 4,
    });
    expect(readout.textContent).toContain('At 30s:');
  });

  it('draws the same comparison as before (snapshot)', () => {
    const { a, b } = pair(75_000);
    const { container } = render(ABView, { a, b });
    expectSvgSnapshot(container.querySelectorAll('svg.time-chart')[1], 'ab-error-rate');
  });
});
