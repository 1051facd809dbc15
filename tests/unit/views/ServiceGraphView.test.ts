import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Action } from '../../../src/player/PlayerLike.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import ServiceGraphView from '../../../src/views/ServiceGraphView.svelte';
import { expectSvgSnapshot } from './svgSnapshot.ts';
import { mixedScenario, playerAt, shopScenario } from './viewWorlds.ts';

afterEach(cleanup);

function svgOf(container: HTMLElement): SVGSVGElement {
  return container.querySelector('svg[role="group"]') as SVGSVGElement;
}

describe('ServiceGraphView', () => {
  it('draws services, traffic and calls with error rates and breaker states in words', () => {
    const { container } = render(ServiceGraphView, {
      props: { player: playerAt(shopScenario, 25_000) },
    });
    const svg = svgOf(container);
    expect(svg.getAttribute('aria-label')).toBe('Service graph: 4 services, 4 call paths');
    expect(
      screen.getByRole('img', { name: /^users \(traffic source\): [\d.]+ req\/s$/ }),
    ).toBeTruthy();
    expect(screen.getByRole('img', { name: /^payments \(service\): \d\/2 ready$/ })).toBeTruthy();
    const edge = screen.getByRole('img', { name: /^orders → payments/ });
    expect(edge.getAttribute('aria-label')).toMatch(
      /^orders → payments, [\d.]+ calls\/s, [\d.]+% failed over the last 5 s, circuit breaker open, 0 in flight$/,
    );
    // The open breaker is named on the picture, not only coloured.
    expect([...svg.querySelectorAll('.badge-text')].map((t) => t.textContent)).toContain('open');
    // Calls in flight are drawn as dots in a few paths, not one element each, on a
    // layer of their own over the graph (hidden from assistive technology).
    const dots = container.querySelector('svg.dots')!;
    expect(dots.getAttribute('aria-hidden')).toBe('true');
    expect(dots.getAttribute('viewBox')).toBe(svg.getAttribute('viewBox'));
    expect(dots.querySelectorAll('path')).toHaveLength(4);
    expect(dots.querySelector('.dot-out')!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+h0/);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expectSvgSnapshot(svg, 'graph-shop');
  });

  it('lays traffic on the left and callees to the right', () => {
    const { container } = render(ServiceGraphView, {
      props: { player: playerAt(shopScenario, 25_000) },
    });
    const x = (name: string) =>
      Number(
        (
          screen
            .getByRole('img', { name: new RegExp(`^${name} \\(`) })
            .parentElement!.getAttribute('transform') ?? ''
        ).replace(/translate\(([-\d.]+),.*/, '$1'),
      );
    expect(x('users')).toBeLessThan(x('gateway'));
    expect(x('gateway')).toBeLessThan(x('orders'));
    expect(x('orders')).toBeLessThan(x('payments'));
    expect(svgOf(container)).toBeTruthy();
  });

  it('stands still for readers who prefer reduced motion, with counts instead of dots', () => {
    const { container } = render(ServiceGraphView, {
      props: { player: playerAt(shopScenario, 25_000), reducedMotion: true },
    });
    const svg = svgOf(container);
    expect(container.querySelector('.dots')).toBeNull();
    const counts = [...svg.querySelectorAll('.count-text')].map((t) => Number(t.textContent));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(screen.getByText('calls in flight')).toBeTruthy();
    expectSvgSnapshot(svg, 'graph-shop-still');
  });

  it('moves dots with time: the same calls a moment later are elsewhere', () => {
    const base = playerAt(shopScenario, 25_000);
    const { container, rerender } = render(ServiceGraphView, { props: { player: base } });
    const before = container.querySelector('.dot-out')!.getAttribute('d');
    const later = { ...base, world: { ...base.world!, t: base.world!.t + 150 } };
    return rerender({ player: later }).then(() => {
      expect(container.querySelector('.dot-out')!.getAttribute('d')).not.toBe(before);
    });
  });

  it('turns top to bottom on a narrow screen', () => {
    const { container } = render(ServiceGraphView, {
      props: { player: playerAt(shopScenario, 25_000), width: 360, reducedMotion: true },
    });
    const svg = svgOf(container);
    expect(svg.getAttribute('width')).toBe('360');
    expectSvgSnapshot(svg, 'graph-shop-narrow');
  });

  it('offers interventions on services and on links between services', async () => {
    const acted: Action[] = [];
    render(ServiceGraphView, {
      props: { player: playerAt(shopScenario, 25_000), onact: (a: Action) => acted.push(a) },
    });
    // Traffic sources and the links from them offer nothing.
    expect(screen.queryByRole('button', { name: /^users / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^users → gateway/ })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: /^payments / }));
    let menu = screen.getByRole('menu', { name: 'Act on payments' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((b) => b.textContent),
    ).toEqual(['Slow down by 500 ms for 60 s', 'Fail 50% of requests for 60 s']);
    await fireEvent.click(within(menu).getAllByRole('menuitem')[1]);
    const link = screen.getByRole('button', { name: /^gateway → search/ });
    link.focus();
    await fireEvent.keyDown(link, { key: ' ' });
    menu = screen.getByRole('menu', { name: 'Act on gateway → search' });
    await fireEvent.click(within(menu).getByRole('menuitem', { name: 'Cut the link for 30 s' }));
    expect(acted).toEqual([
      { type: 'errorRate', service: 'payments', rate: 0.5, durationMs: 60_000 },
      { type: 'partition', from: 'gateway', to: 'search', durationMs: 30_000 },
    ]);
  });

  it('shows injected faults on the service and emphasises a highlighted one', () => {
    const slowed = playerAt(shopScenario, 40_000, {});
    const { container } = render(ServiceGraphView, {
      props: { player: slowed, highlight: 'payments', reducedMotion: true },
    });
    expect(screen.getByRole('img', { name: /^payments / }).getAttribute('aria-label')).toContain(
      '+1000 ms',
    );
    expect(container.querySelectorAll('.frame.lit')).toHaveLength(1);
  });

  it('draws a graph with a serverless callee', () => {
    const { container } = render(ServiceGraphView, {
      props: { player: playerAt(mixedScenario, 25_000), reducedMotion: true },
    });
    expect(svgOf(container).getAttribute('aria-label')).toBe(
      'Service graph: 5 services, 2 call paths',
    );
  });
});

describe('ServiceGraphView: asynchronous calls', () => {
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

  it('dashes an asynchronous edge and writes its backlog beside it', () => {
    const player = playerAt(queue, 20_000);
    const { container } = render(ServiceGraphView, { props: { player, reducedMotion: true } });
    const svg = svgOf(container);
    const lines = [...svg.querySelectorAll('path.line')];
    expect(lines.filter((l) => l.classList.contains('async'))).toHaveLength(1);
    const backlog = player.world!.edges.find((e) => e.name === 'shop→emails')!.backlog;
    expect(backlog).toBeGreaterThan(500);
    const label = svg.querySelector('.queue-text');
    expect(label?.textContent).toBe(`${backlog.toLocaleString('en-US')} queued`);
    expect(label?.classList.contains('backed-up')).toBe(true);
    expect(screen.getByRole('img', { name: /^shop → emails/ }).getAttribute('aria-label')).toMatch(
      new RegExp(`asynchronous, through a queue: ${backlog} messages waiting`),
    );
    expect(screen.getByText('asynchronous: messages through a queue')).toBeTruthy();
  });
});
