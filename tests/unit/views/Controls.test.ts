import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/i18n/locale.svelte.ts';
import { Player } from '../../../src/player/Player.svelte.ts';
import { localSimClient } from '../../../src/player/localSimClient.ts';
import Controls from '../../../src/views/Controls.svelte';
import { shop } from './playerFromRun.svelte.ts';
import { loadedPlayer, manualClock } from './realPlayer.ts';

afterEach(() => {
  cleanup();
  locale.set('en');
});

describe('Controls', () => {
  it('plays and pauses with one button whose name says what it will do', async () => {
    const { player, frame } = await loadedPlayer(shop);
    render(Controls, { player });
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(player.playing).toBe(true);
    frame(1000);
    frame(1500);
    expect(player.t).toBe(500);
    await fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(player.playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    player.destroy();
  });

  it('steps between logged events', async () => {
    const { player } = await loadedPlayer(shop);
    render(Controls, { player });
    player.seek(20_000);
    await fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(player.t).toBe(30_000);
    await fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(player.t).toBeGreaterThan(30_000);
    await fireEvent.click(screen.getByRole('button', { name: 'Step back' }));
    expect(player.t).toBe(30_000);
    player.destroy();
  });

  it('sets the speed', async () => {
    const { player } = await loadedPlayer(shop);
    render(Controls, { player });
    const speed = screen.getByRole('combobox', { name: 'Speed' }) as HTMLSelectElement;
    expect(speed.value).toBe('1');
    expect(Array.from(speed.options).map((o) => o.textContent)).toContain('0.25×');
    await fireEvent.change(speed, { target: { value: '8' } });
    expect(player.speed).toBe(8);
    player.faster();
    flushSync();
    expect(speed.value).toBe('16');
    player.destroy();
  });

  it('undoes the last intervention, and is disabled when there is none', async () => {
    const { player } = await loadedPlayer(shop);
    render(Controls, { player });
    const undo = screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement;
    expect(undo.disabled).toBe(true);
    player.seek(50_000);
    player.intervene({ type: 'killNode', node: 'node-1' });
    flushSync();
    expect(undo.disabled).toBe(false);
    await fireEvent.click(undo);
    expect(player.interventions).toEqual([]);
    expect(undo.disabled).toBe(true);
    player.destroy();
  });

  it('shows the time as m:ss of the run', async () => {
    const { player } = await loadedPlayer(shop);
    const { container } = render(Controls, { player });
    player.seek(65_400);
    flushSync();
    expect(container.querySelector('.clock')?.textContent?.trim()).toBe('Time 1:05 / 2:00');
    player.destroy();
  });

  it('is disabled before a run is loaded, and speaks Chinese', () => {
    locale.set('zh');
    const player = new Player(localSimClient(), manualClock().clock);
    render(Controls, { player });
    expect((screen.getByRole('button', { name: '播放' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('button', { name: '前进一步' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '后退一步' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '速度' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '撤销' })).toBeTruthy();
    player.destroy();
  });
});
