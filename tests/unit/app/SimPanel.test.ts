import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SimPanel from '../../../src/app/SimPanel.svelte';
import { locale } from '../../../src/i18n/locale.svelte.ts';
import { MESSAGES } from '../../../src/i18n/messages.ts';
import { VIEW_NAMES, type SimPart, type ViewName } from '../../../src/lessons/lessonTypes.ts';
import type { Player } from '../../../src/player/Player.svelte.ts';
import { shop } from '../views/playerFromRun.svelte.ts';
import { loadedPlayer, until } from '../views/realPlayer.ts';

const players: Player[] = [];

afterEach(() => {
  cleanup();
  locale.set('en');
  for (const p of players.splice(0)) p.destroy();
});

async function player(): Promise<Player> {
  const { player: p } = await loadedPlayer(shop);
  players.push(p);
  return p;
}

function sim(views: ViewName[], more: Partial<SimPart> = {}): SimPart {
  return {
    kind: 'sim',
    scenario: 'start.ts',
    views,
    service: null,
    fromMs: null,
    toMs: null,
    speed: 1,
    atMs: 0,
    highlight: null,
    autoplay: false,
    editable: true,
    machine: null,
    compare: null,
    ...more,
  };
}

/** The root element of each view, by the class it draws. */
const VIEW_CLASS: Record<ViewName, string> = {
  cluster: '.cluster',
  graph: '.graph',
  charts: '.charts',
  statechart: '.statechart',
  log: '.event-log',
  traces: '.waterfall',
  stack: '.stack-view',
  image: '.image-view',
  ab: '.ab',
};

/** Which views are drawn in the panel now. */
function shown(container: HTMLElement): ViewName[] {
  const view = container.querySelector('.view') as HTMLElement;
  return VIEW_NAMES.filter((name) => view.querySelector(VIEW_CLASS[name]));
}

const label = (view: ViewName) => MESSAGES.en[`view.${view}`] as string;

describe('SimPanel', () => {
  it('shows a single view without tabs, with the timeline and controls', async () => {
    const { container } = render(SimPanel, { player: await player(), sim: sim(['cluster']) });
    expect(screen.queryByRole('tablist')).toBeNull();
    await expect.poll(() => shown(container)).toEqual(['cluster']);
    expect(screen.getByRole('slider')).toBeTruthy();
    expect(
      screen.getByRole('group', { name: MESSAGES.en['controls.label'] as string }),
    ).toBeTruthy();
  });

  it('offers several views as tabs, in the order given, the first one chosen', async () => {
    const { container } = render(SimPanel, {
      player: await player(),
      sim: sim(['graph', 'log', 'charts']),
    });
    const tabs = within(screen.getByRole('tablist')).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([label('graph'), label('log'), label('charts')]);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    await expect.poll(() => shown(container)).toEqual(['graph']);
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0].id);
    await fireEvent.click(tabs[1]);
    await expect.poll(() => shown(container)).toEqual(['log']);
    expect(tabs[1].getAttribute('aria-selected')).toBe('true');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[1].id);
  });

  it('moves between tabs with the arrow keys (wrapping), Home and End', async () => {
    const { container } = render(SimPanel, {
      player: await player(),
      sim: sim(['cluster', 'graph', 'traces']),
    });
    const tabs = screen.getAllByRole('tab');
    const key = async (key: string) => {
      await fireEvent.keyDown(document.activeElement ?? tabs[0], { key });
      // Views other than the first three load on first use: wait for the one chosen.
      await expect.poll(() => shown(container).length).toBe(1);
      return shown(container)[0];
    };
    tabs[0].focus();
    expect(await key('ArrowLeft')).toBe('traces');
    expect(document.activeElement).toBe(tabs[2]);
    expect(await key('ArrowRight')).toBe('cluster');
    expect(await key('ArrowRight')).toBe('graph');
    expect(await key('End')).toBe('traces');
    expect(await key('Home')).toBe('cluster');
    expect(document.activeElement).toBe(tabs[0]);
    expect(await key('ArrowDown')).toBe('cluster');
  });

  it('draws the image view with the timeline: what nodes hold changes over time', async () => {
    const { container } = render(SimPanel, { player: await player(), sim: sim(['image']) });
    await expect.poll(() => shown(container)).toEqual(['image']);
    expect(screen.getByRole('slider')).toBeTruthy();
  });

  it('draws the stack without a timeline: it has no time', async () => {
    const { container } = render(SimPanel, { player: await player(), sim: sim(['stack']) });
    await expect.poll(() => shown(container)).toEqual(['stack']);
    expect(screen.queryByRole('slider')).toBeNull();
  });

  it('draws the state machine of the entity named, at its state now', async () => {
    const p = await player();
    const { container } = render(SimPanel, {
      player: p,
      sim: sim(['statechart'], { machine: 'node-1' }),
    });
    p.seek(10_000);
    await until(() => p.world?.t === 10_000, 'the frame at 10 s');
    flushSync();
    await expect.poll(() => shown(container)).toEqual(['statechart']);
    const state = p.world?.machines['node-1'].state;
    expect(state).toBe('ready');
    expect(container.querySelector('.statechart svg')?.getAttribute('aria-label')).toBe(
      `Node node-1 state machine, now in ${state}`,
    );
  });

  it('says when the machine it should draw does not exist at this moment', async () => {
    const p = await player();
    const { container } = render(SimPanel, {
      player: p,
      sim: sim(['statechart'], { machine: 'no-such-node' }),
    });
    p.seek(1_000);
    await until(() => p.world?.t === 1_000, 'the frame at 1 s');
    flushSync();
    await expect.poll(() => shown(container)).toEqual([]);
    expect(container.querySelector('.view')?.textContent).toContain(
      'no-such-node does not exist at this moment',
    );
  });

  it('shows the A/B view only with a second player', async () => {
    const a = await player();
    const b = await player();
    const both = render(SimPanel, {
      player: a,
      compare: b,
      sim: sim(['ab']),
      labelA: 'without a breaker',
      labelB: 'with a breaker',
    });
    await expect.poll(() => shown(both.container)).toEqual(['ab']);
    expect(both.container.textContent).toContain('with a breaker');
    cleanup();
    // The view's module is loaded now: without a second player, nothing is drawn all the same.
    const alone = render(SimPanel, { player: a, sim: sim(['ab']) });
    await tick();
    expect(shown(alone.container)).toEqual([]);
    expect(alone.container.querySelector('.view')!.children).toHaveLength(0);
  });

  it('says when the simulation failed or stopped early', async () => {
    const p = await player();
    render(SimPanel, { player: p, sim: sim(['log']) });
    p.status = 'error';
    p.error = 'no run is loaded';
    p.stopped = 'too many events';
    flushSync();
    expect(screen.getByRole('alert').textContent).toBe('The simulation stopped: no run is loaded');
    expect(screen.getByText('The run stopped early: too many events')).toBeTruthy();
  });

  it('falls back to the first view when the chosen one is no longer offered', async () => {
    const p = await player();
    const { container, rerender } = render(SimPanel, { player: p, sim: sim(['cluster', 'log']) });
    await fireEvent.click(screen.getByRole('tab', { name: label('log') }));
    await expect.poll(() => shown(container)).toEqual(['log']);
    rerender({ sim: sim(['graph', 'charts']) });
    await expect.poll(() => shown(container)).toEqual(['graph']);
  });
});
