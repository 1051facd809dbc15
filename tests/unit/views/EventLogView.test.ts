import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/i18n/locale.svelte.ts';
import type { LogEntry } from '../../../src/sim/logEntry.ts';
import EventLogView from '../../../src/views/EventLogView.svelte';
import { playerAt, RunPlayer, runOf, shop, StreamingPlayer } from './playerFromRun.svelte.ts';

afterEach(() => {
  cleanup();
  locale.set('en');
});

const entries = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('li.entry')).map((li) => li.textContent ?? '');

describe('EventLogView', () => {
  it('shows what has happened up to now, newest at the bottom, and hides the future', () => {
    const player = playerAt(shop, 35_000);
    const { container } = render(EventLogView, { player });
    const shown = entries(container);
    expect(shown.at(-1)).toContain('breaker orders→payments opened');
    expect(shown.some((s) => s.includes('node node-2 went down'))).toBe(false);
    expect(container.querySelector('li.now')?.textContent).toBe('now (35s)');
    expect(screen.getByText(/later entries are hidden until you get there/)).toBeTruthy();
    player.t = 95_000;
    flushSync();
    expect(entries(container).some((s) => s.includes('node node-2 went down'))).toBe(true);
  });

  it('shows entries that arrive while the reader waits at a moment (the log grows in place)', () => {
    const run = runOf(shop);
    const player = new StreamingPlayer(run, 1);
    player.t = 95_000;
    const { container } = render(EventLogView, { player });
    expect(entries(container).length).toBe(1);
    player.deliverRest();
    flushSync();
    expect(entries(container).some((s) => s.includes('node node-2 went down'))).toBe(true);
  });

  it('shows the future dimmed when asked', async () => {
    const player = playerAt(shop, 35_000);
    const { container } = render(EventLogView, { player });
    await fireEvent.click(screen.getByLabelText('Show what happens later'));
    const later = container.querySelectorAll('li.entry.later');
    expect(later.length).toBeGreaterThan(0);
    expect(later[later.length - 1].textContent).toContain('breaker orders→payments closed');
    const items = Array.from(container.querySelectorAll('li'));
    const now = items.findIndex((li) => li.classList.contains('now'));
    expect(items[now + 1].classList.contains('later')).toBe(true);
    expect(items[now - 1].classList.contains('later')).toBe(false);
  });

  it('filters by kind and by words', async () => {
    const player = playerAt(shop, 120_000);
    const { container } = render(EventLogView, { player });
    await fireEvent.click(screen.getByLabelText('Instances'));
    expect(entries(container).some((s) => s.includes('is ready and receives traffic'))).toBe(false);
    expect(entries(container).some((s) => s.includes('breaker'))).toBe(true);
    await fireEvent.click(screen.getByLabelText('Instances'));
    await fireEvent.input(screen.getByRole('searchbox', { name: 'Filter' }), {
      target: { value: 'node-2' },
    });
    const left = entries(container);
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((s) => s.includes('node-2'))).toBe(true);
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zebra' } });
    expect(screen.getByText('No entries match the filter.')).toBeTruthy();
  });

  it('goes to an entry’s moment when it is clicked', async () => {
    const player = playerAt(shop, 120_000);
    render(EventLogView, { player });
    await fireEvent.click(screen.getByRole('button', { name: /node node-2 went down/ }));
    expect(player.seeks).toEqual([90_000]);
  });

  it('speaks Chinese', () => {
    locale.set('zh');
    const { container } = render(EventLogView, { player: playerAt(shop, 35_000) });
    expect(entries(container).at(-1)).toContain('熔断器 orders→payments 打开（最近');
    expect(screen.getByLabelText('熔断器')).toBeTruthy();
  });

  it('draws at most `limit` entries of a long log, and more on request', async () => {
    const run = runOf(shop);
    const log: LogEntry[] = Array.from({ length: 50_000 }, (_, i) => ({
      t: i * 2,
      kind: 'instanceReady',
      subject: `web-${i}`,
      detail: {},
    }));
    const player = new RunPlayer({ ...run, out: { ...run.out, log } });
    player.t = 120_000;
    const { container } = render(EventLogView, { player });
    expect(container.querySelectorAll('li.entry')).toHaveLength(200);
    expect(entries(container).at(-1)).toContain('web-49999');
    const list = container.querySelector('ol')!;
    await fireEvent.click(screen.getByRole('button', { name: 'Show earlier entries' }));
    expect(within(list).getAllByRole('button')).toHaveLength(400);
  });
});
