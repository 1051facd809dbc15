import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/i18n/locale.svelte.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import ChartsView from '../../../src/views/ChartsView.svelte';
import { playerAt, shop } from './playerFromRun.svelte.ts';
import { expectSvgSnapshot } from './svgSnapshot.ts';

afterEach(() => {
  cleanup();
  locale.set('en');
});

const svgs = (container: HTMLElement) => Array.from(container.querySelectorAll('svg.time-chart'));

describe('ChartsView', () => {
  it('shows what the first traffic source’s users see: latency and requests by outcome', () => {
    const player = playerAt(shop, 40_000);
    const { container } = render(ChartsView, { player });
    expect(screen.getByRole('group', { name: 'Charts of users' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Latency' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Requests by outcome, per second' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Replicas' })).toBeNull();
    expect(svgs(container)).toHaveLength(2);
    // The legend says what each mark is in words; the breaker's refusals are in the stack.
    expect(screen.getByText('p50 (median)')).toBeTruthy();
    expect(screen.getByText('breaker open')).toBeTruthy();
    expect(container.querySelector('path.p99')?.getAttribute('d')).toMatch(/^M/);
  });

  it('charts a service’s replicas and CPU too, or only the charts asked for', () => {
    const player = playerAt(shop, 40_000);
    const { container, unmount } = render(ChartsView, { player, service: 'gateway' });
    expect(svgs(container)).toHaveLength(4);
    expect(screen.getByRole('heading', { name: 'Replicas' })).toBeTruthy();
    expect(screen.getByText('desired')).toBeTruthy();
    unmount();
    const only = render(ChartsView, { player, service: 'gateway', charts: ['cpu'] });
    expect(svgs(only.container)).toHaveLength(1);
  });

  it('draws a gap where nothing was measured', () => {
    // payments answers nothing while the breaker is open and the fault slows it.
    const player = playerAt(shop, 120_000);
    const { container } = render(ChartsView, { player, service: 'orders', charts: ['latency'] });
    const d = container.querySelector('path.p50')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    expect(d).not.toContain('NaN');
  });

  it('fills in as time passes: nothing is drawn after the current time (no spoilers)', () => {
    const player = playerAt(shop, 30_500);
    const { container } = render(ChartsView, { player, charts: ['latency'] });
    const xsOf = () =>
      [
        ...(container.querySelector('path.p99')?.getAttribute('d') ?? '').matchAll(
          /[ML](-?[\d.]+),/g,
        ),
      ].map((m) => Number(m[1]));
    // The last second closed by 30.5 s is second 29; on a 2-minute axis from 46 to 628 px that ends at x(30 s).
    expect(Math.max(...xsOf())).toBeLessThanOrEqual(46 + (582 * 30) / 120 + 0.01);
    player.t = 90_000;
    flushSync();
    expect(Math.max(...xsOf())).toBeGreaterThan(46 + (582 * 80) / 120);
  });

  it('with `future`, moves the cursor with the player and draws all that has been computed', () => {
    const player = playerAt(shop, 10_000);
    player.computed = 60_000;
    const { container } = render(ChartsView, { player, charts: ['latency'], future: true });
    const cursor = () => Number(container.querySelector('line.cursor')?.getAttribute('x1'));
    const before = cursor();
    player.t = 50_000;
    flushSync();
    expect(cursor()).toBeGreaterThan(before);
    // x of 60 s on a 2-minute axis from 46 to 628 px: nothing drawn beyond it.
    const d = container.querySelector('path.p99')?.getAttribute('d') ?? '';
    const xs = [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBeLessThanOrEqual(46 + (582 * 60) / 120 + 0.01);
    expect(container.querySelector('rect.later')).toBeTruthy();
  });

  it('reads the values under the pointer and by keyboard, and describes the latest ones', async () => {
    const player = playerAt(shop, 20_000);
    const { container } = render(ChartsView, { player, service: 'gateway', future: true });
    const group = screen.getByRole('group', { name: 'Charts of gateway' });
    const summary = document.getElementById(group.getAttribute('aria-describedby')!.split(' ')[0]);
    expect(summary?.textContent).toMatch(
      /^gateway at 20s: p50 [\d.]+ms, p99 [\d.]+m?s, \d+ requests/,
    );
    expect(summary?.textContent).toMatch(/3 of 3 replicas ready, CPU [\d.]+%\.$/);
    const readout = container.querySelector('.readout')!;
    expect(readout.textContent).toContain('At 20s:');

    await fireEvent.pointerMove(svgs(container)[0], { clientX: 46 + 582 / 4 });
    expect(readout.textContent).toContain('At 30s:');
    await fireEvent.pointerLeave(svgs(container)[0]);
    expect(readout.textContent).toContain('At 20s:');

    group.focus();
    await fireEvent.keyDown(group, { key: 'ArrowRight' });
    expect(readout.textContent).toContain('At 21s:');
    expect(readout.getAttribute('aria-live')).toBe('polite');
    await fireEvent.keyDown(group, { key: 'ArrowLeft', shiftKey: true });
    expect(readout.textContent).toContain('At 11s:');
    await fireEvent.keyDown(group, { key: 'Escape' });
    expect(readout.textContent).toContain('At 20s:');
  });

  it('reads a long run by its samples: a span of time, per-second traffic', async () => {
    const quiet: Scenario = {
      duration: '3h',
      cluster: { nodes: 1 },
      services: { web: { work: '5ms' } },
      traffic: { users: { to: 'web', rate: 2 } },
      traceSampling: 0,
    };
    const player = playerAt(quiet, 2 * 3_600_000);
    const { container } = render(ChartsView, { player, charts: ['traffic'], future: true });
    expect(player.out?.stepMs).toBe(5000);
    const readout = container.querySelector('.readout')!;
    expect(readout.textContent).toContain('At 2:00:00–2:00:05:');
    const group = screen.getByRole('group', { name: 'Charts of users' });
    group.focus();
    await fireEvent.keyDown(group, { key: 'ArrowRight' });
    expect(readout.textContent).toContain('At 2:00:05–2:00:10:');
    // The stack is drawn per second (about 2 requests/s, a few at most), not ~10 per 5-second sample.
    const yTicks = Array.from(container.querySelectorAll('text.tick'))
      .map((el) => el.textContent ?? '')
      .filter((text) => /^\d+$/.test(text))
      .map(Number);
    expect(yTicks.length).toBeGreaterThan(1);
    expect(Math.max(...yTicks)).toBeLessThanOrEqual(8);
  });

  it('says so when there is nothing to chart', () => {
    render(ChartsView, { player: playerAt(shop), service: 'nowhere' });
    expect(screen.getByText('Nothing called “nowhere” in this run.')).toBeTruthy();
  });

  it('speaks Chinese', () => {
    locale.set('zh');
    render(ChartsView, { player: playerAt(shop, 40_000) });
    expect(screen.getByRole('heading', { name: '延迟' })).toBeTruthy();
    expect(screen.getByText('熔断器打开')).toBeTruthy();
  });

  it('draws the same charts as before (snapshot)', () => {
    const player = playerAt(shop, 45_000);
    const { container } = render(ChartsView, { player, service: 'orders' });
    const [latency, traffic, replicas] = svgs(container);
    expectSvgSnapshot(latency, 'charts-orders-latency');
    expectSvgSnapshot(traffic, 'charts-orders-traffic');
    expectSvgSnapshot(replicas, 'charts-orders-replicas');
  });
});

describe('ChartsView: a service with a queue of messages', () => {
  const queue: Scenario = {
    seed: 3,
    duration: '1m',
    cluster: { nodes: 1 },
    services: {
      shop: { replicas: 1, cpu: 1, work: '2ms', calls: [{ to: 'emails', async: true }] },
      emails: { replicas: 1, cpu: 1, concurrency: 1, work: '20ms' },
    },
    traffic: {
      orders: {
        to: 'shop',
        rate: {
          steps: [
            ['0s', 20],
            ['10s', 150],
            ['20s', 20],
          ],
        },
      },
    },
  };

  it('charts the messages waiting and consumed, and reads them out', () => {
    const player = playerAt(queue, 20_500);
    const { container } = render(ChartsView, { player, service: 'emails' });
    expect(screen.getByRole('heading', { name: 'Queue of messages' })).toBeTruthy();
    expect(screen.getByText('waiting')).toBeTruthy();
    expect(screen.getByText('consumed per second')).toBeTruthy();
    expect(svgs(container)).toHaveLength(5);
    expect(container.querySelector('path.waiting')?.getAttribute('d')).toMatch(/^M/);
    const backlog = player.run.out.services.emails.backlog[20];
    expect(backlog).toBeGreaterThan(500);
    expect(container.querySelector('.readout')?.textContent).toMatch(
      new RegExp(
        `${backlog.toLocaleString('en-US')} messages waiting \\(oldest [\\d.]+s\\), \\d+ consumed`,
      ),
    );
  });

  it('leaves the queue chart out for a service without one', () => {
    const { container } = render(ChartsView, { player: playerAt(queue, 20_500), service: 'shop' });
    expect(screen.queryByRole('heading', { name: 'Queue of messages' })).toBeNull();
    expect(svgs(container)).toHaveLength(4);
  });
});
