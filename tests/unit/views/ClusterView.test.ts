import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Action } from '../../../src/player/PlayerLike.ts';
import { locale } from '../../../src/i18n/locale.svelte.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import ClusterView from '../../../src/views/ClusterView.svelte';
import { expectSvgSnapshot } from './svgSnapshot.ts';
import { mixedScenario, playerAt, shopScenario } from './viewWorlds.ts';

afterEach(() => {
  cleanup();
  locale.set('en');
});

function svgOf(container: HTMLElement): SVGSVGElement {
  return container.querySelector('svg[role="group"]') as SVGSVGElement;
}

describe('ClusterView', () => {
  it('draws nodes with their state and instances with labels that read without colour', () => {
    const { container } = render(ClusterView, {
      props: { player: playerAt(shopScenario, 25_000) },
    });
    const svg = svgOf(container);
    expect(svg.getAttribute('aria-label')).toBe('Cluster: 3 machines, 8 instances');
    const gateway = screen.getByRole('img', { name: /^gateway-1 / });
    expect(gateway.getAttribute('aria-label')).toMatch(
      /^gateway-1 \(gateway v1\): Running, ready, \d+ busy$/,
    );
    // node-3 died at 20 s: marked down, its instances unknown.
    const dead = screen.getByRole('img', { name: /^node-3 / });
    expect(dead.getAttribute('aria-label')).toContain('down, unreachable');
    expect(dead.textContent).toContain('✕ down');
    expect(dead.querySelector('.node-frame')!.classList.contains('down')).toBe(true);
    expect(screen.getByRole('img', { name: /^orders-1 / }).getAttribute('aria-label')).toContain(
      'Unknown, ready, NodeLost',
    );
    // No intervention without onact.
    expect(screen.queryAllByRole('button')).toEqual([]);
    expectSvgSnapshot(svg, 'cluster-shop');
  });

  it('nests VM nodes in hosts and shows provider capacity, pending and crash-looping instances', () => {
    const { container } = render(ClusterView, {
      props: { player: playerAt(mixedScenario, 25_000) },
    });
    const svg = svgOf(container);
    expect(screen.getByRole('img', { name: /^Provider capacity/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^big-1 / }).getAttribute('aria-label')).toContain(
      'Pending, not ready, Unschedulable',
    );
    expect(screen.getByRole('img', { name: /^crashy-1 / }).getAttribute('aria-label')).toMatch(
      /CrashLoopBackOff \(20s\), 3 restarts/,
    );
    expect(screen.getByRole('img', { name: /^web-2 / }).getAttribute('aria-label')).toContain(
      'hung',
    );
    // The legend explains each glyph in words.
    expect(
      within(screen.getByRole('list', { name: 'Instance states' })).getAllByRole('listitem'),
    ).toHaveLength(6);
    expectSvgSnapshot(svg, 'cluster-mixed');
  });

  it('fits a narrow screen', () => {
    const { container } = render(ClusterView, {
      props: { player: playerAt(mixedScenario, 25_000), width: 360 },
    });
    const svg = svgOf(container);
    expect(svg.getAttribute('width')).toBe('360');
    expectSvgSnapshot(svg, 'cluster-mixed-narrow');
  });

  it('opens a menu of actions on click and sends the chosen one', async () => {
    const acted: Action[] = [];
    render(ClusterView, {
      props: { player: playerAt(shopScenario, 25_000), onact: (a: Action) => acted.push(a) },
    });
    await fireEvent.click(screen.getByRole('button', { name: /^orders-2 / }));
    const menu = screen.getByRole('menu', { name: 'Act on orders-2' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((b) => b.textContent)).toEqual(['Kill container', 'Hang the process']);
    expect(document.activeElement).toBe(items[0]);
    await fireEvent.click(items[0]);
    expect(acted).toEqual([{ type: 'killInstance', instance: 'orders-2' }]);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens with Enter on a node, moves with arrows, and closes with Escape back on the node', async () => {
    render(ClusterView, { props: { player: playerAt(shopScenario, 25_000), onact: () => {} } });
    const node = screen.getByRole('button', { name: /^node-1 / });
    node.focus();
    await fireEvent.keyDown(node, { key: 'Enter' });
    const menu = screen.getByRole('menu', { name: 'Act on node-1' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((b) => b.textContent)).toEqual([
      'Kill node',
      'Kernel panic',
      'CPU hog: 80% for 60 s',
    ]);
    await fireEvent.keyDown(items[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    await fireEvent.keyDown(items[1], { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(node);
    // A dead node can only be restored.
    await fireEvent.click(screen.getByRole('button', { name: /^node-3 / }));
    expect(screen.getAllByRole('menuitem').map((b) => b.textContent)).toEqual(['Restore node']);
  });

  it('emphasises a service’s instances', () => {
    const { container } = render(ClusterView, {
      props: { player: playerAt(shopScenario, 25_000), highlight: 'payments' },
    });
    const lit = [...container.querySelectorAll('.chip-frame.lit')];
    expect(lit).toHaveLength(2);
  });

  it('speaks Chinese', () => {
    locale.set('zh');
    render(ClusterView, { props: { player: playerAt(shopScenario, 25_000) } });
    expect(screen.getByRole('group', { name: '集群：3 台机器，8 个实例' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^gateway-1（/ }).getAttribute('aria-label')).toContain(
      '运行中（Running），就绪',
    );
  });

  it('names machine states in Chinese too', () => {
    locale.set('zh');
    render(ClusterView, { props: { player: playerAt(shopScenario, 25_000) } });
    const node = screen.getByRole('img', { name: /^node-1/ });
    expect(node.getAttribute('aria-label')).toContain('就绪');
    expect(node.getAttribute('aria-label')).not.toMatch(/\bready\b/);
    // A dead node's state too ("unreachable").
    expect(screen.getByRole('img', { name: /^node-3/ }).getAttribute('aria-label')).toContain(
      '失联',
    );
  });

  it('says virtual machines wait for a host, not for a node', () => {
    const vms: Scenario = {
      duration: '20s',
      hosts: [{ name: 'host-1', cpu: 4, memory: '4Gi' }],
      services: { db: { runtime: 'vm', replicas: 3, cpu: 1, memory: '2Gi' } },
    };
    render(ClusterView, { props: { player: playerAt(vms, 10_000) } });
    expect(screen.getByText('Waiting for a host')).toBeTruthy();
    expect(screen.queryByText('Waiting for a node')).toBeNull();
  });

  it('waits for a world', () => {
    render(ClusterView, { props: { player: { ...playerAt(shopScenario, 0), world: null } } });
    expect(screen.getByText('Waiting for the simulation…')).toBeTruthy();
  });
});
