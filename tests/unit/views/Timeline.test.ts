import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/i18n/locale.svelte.ts';
import Timeline from '../../../src/views/Timeline.svelte';
import { shop } from './playerFromRun.svelte.ts';
import { loadedPlayer } from './realPlayer.ts';

afterEach(() => {
  cleanup();
  locale.set('en');
});

describe('Timeline', () => {
  it('is a range named "Timeline" over the run that says where it is in words', async () => {
    const { player } = await loadedPlayer(shop);
    render(Timeline, { player });
    const range = screen.getByRole('slider', { name: 'Timeline' }) as HTMLInputElement;
    expect(range.max).toBe('120000');
    expect(range.getAttribute('aria-valuetext')).toBe('0s of 2m');
    player.seek(90_000);
    flushSync();
    expect(range.value).toBe('90000');
    expect(range.getAttribute('aria-valuetext')).toBe('1m30s of 2m');
    player.destroy();
  });

  it('seeks as it is dragged, and by keyboard', async () => {
    const { player } = await loadedPlayer(shop);
    render(Timeline, { player });
    const range = screen.getByRole('slider', { name: 'Timeline' });
    await fireEvent.input(range, { target: { value: '45000' } });
    expect(player.t).toBe(45_000);
    await fireEvent.keyDown(range, { key: 'ArrowRight' });
    expect(player.t).toBe(46_000);
    await fireEvent.keyDown(range, { key: 'ArrowLeft', shiftKey: true });
    expect(player.t).toBe(36_000);
    await fireEvent.keyDown(range, { key: 'End' });
    expect(player.t).toBe(120_000);
    await fireEvent.keyDown(range, { key: 'Home' });
    expect(player.t).toBe(0);
    player.destroy();
  });

  it('shows the computed part and never seeks past it', async () => {
    const { player } = await loadedPlayer(shop);
    player.computed = 60_000;
    const { container } = render(Timeline, { player });
    expect((container.querySelector('.computed') as HTMLElement).style.width).toBe('50%');
    const range = screen.getByRole('slider', { name: 'Timeline' }) as HTMLInputElement;
    await fireEvent.input(range, { target: { value: '100000' } });
    expect(player.t).toBe(60_000);
    expect(range.value).toBe('60000');
    player.destroy();
  });

  it('marks notable events with a shape per kind and words, and goes to one on click', async () => {
    const { player } = await loadedPlayer(shop);
    render(Timeline, { player });
    const bar = screen.getByRole('toolbar', { name: 'Events' });
    const markers = within(bar).getAllByRole('button');
    expect(markers).toHaveLength(player.markers.length);
    const fault = within(bar).getByRole('button', {
      name: '0:30 fault: payments slowed by 1.5s for 30s',
    });
    expect(fault.getAttribute('title')).toBe('0:30 fault: payments slowed by 1.5s for 30s');
    const down = within(bar).getByRole('button', { name: /node node-2 went down/ });
    const shape = (b: HTMLElement) => b.querySelector('path')?.getAttribute('d');
    expect(shape(fault)).not.toBe(shape(down));
    await fireEvent.click(down);
    expect(player.t).toBe(90_000);
    player.destroy();
  });

  it('moves between markers with the arrow keys (one tab stop)', async () => {
    const { player } = await loadedPlayer(shop);
    render(Timeline, { player });
    const markers = within(screen.getByRole('toolbar')).getAllByRole('button');
    expect(markers.filter((m) => m.tabIndex === 0)).toHaveLength(1);
    markers[0].focus();
    await fireEvent.keyDown(markers[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(markers[1]);
    await fireEvent.keyDown(markers[1], { key: 'End' });
    expect(document.activeElement).toBe(markers.at(-1));
    expect(markers.at(-1)!.tabIndex).toBe(0);
    player.destroy();
  });

  it('marks the reader’s interventions, and speaks Chinese', async () => {
    const { player } = await loadedPlayer(shop);
    player.seek(100_000);
    player.intervene({ type: 'killNode', node: 'node-1' });
    locale.set('zh');
    render(Timeline, { player });
    expect(screen.getByRole('slider', { name: '时间轴' }).getAttribute('aria-valuetext')).toBe(
      '1m40s，共 2m',
    );
    expect(screen.getByRole('button', { name: '1:40 你的操作：关停节点 node-1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /0:30 故障：payments 变慢 1.5 秒/ })).toBeTruthy();
    player.destroy();
  });
});
