import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/i18n/locale.svelte.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import ImageView from '../../../src/views/ImageView.svelte';
import { playerAt, shop } from './playerFromRun.svelte.ts';

afterEach(() => {
  cleanup();
  locale.set('en');
});

/** COPY . before npm ci: a code change rebuilds the install too. v2 rolls out at 10 s. */
const build: Scenario = {
  duration: '40s',
  cluster: { nodes: 2 },
  services: {
    shop: {
      replicas: 1,
      image: {
        steps: [
          { from: 'node:20-slim', size: '70Mi' },
          { copy: '.', size: '3Mi' },
          { run: 'npm ci', size: '120Mi', takes: '40s' },
        ],
      },
      versions: { v2: { image: { changed: ['src/cart.ts'] } } },
    },
  },
  faults: [{ at: '10s', deploy: 'shop', version: 'v2' }],
};

const layers = () =>
  within(screen.getByRole('list', { name: /^Layers of/ }))
    .getAllByRole('listitem')
    .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());

const row = (node: string) =>
  screen
    .getByRole('rowheader', { name: node })
    .closest('tr')!
    .textContent?.replace(/\s+/g, ' ')
    .trim();

describe('ImageView', () => {
  it("shows the rolled-out image's layers, top first, with what was rebuilt and why in words", () => {
    render(ImageView, { player: playerAt(build, 0) });
    expect((screen.getByRole('combobox', { name: 'Image' }) as HTMLSelectElement).value).toBe(
      'shop/v2',
    );
    expect(screen.getByText('2 of 3 layers rebuilt, build 40s, 123 MiB pushed')).toBeTruthy();
    expect(screen.getByText(/Your change touched: src\/cart.ts/)).toBeTruthy();
    expect(layers()).toEqual([
      'RUN npm ci 120 MiB ↻ Rebuilt a layer below it was rebuilt, took 40s',
      'COPY . 3 MiB ↻ Rebuilt its inputs changed, took 15ms',
      'FROM node:20-slim 70 MiB ✓ Cached taken from the build cache',
    ]);
    expect(screen.getByText('Image size 193 MiB')).toBeTruthy();
  });

  it('switches to another image', async () => {
    render(ImageView, { player: playerAt(build, 0) });
    const select = screen.getByRole('combobox', { name: 'Image' }) as HTMLSelectElement;
    await fireEvent.change(select, { target: { value: 'shop/v1' } });
    expect(screen.getByText('0 of 3 layers rebuilt, build 0ms, 0 MiB pushed')).toBeTruthy();
    expect(layers().every((text) => text?.includes('Cached'))).toBe(true);
  });

  it('tells per node which layers it holds now, in words for screen readers', () => {
    const player = playerAt(build, 0);
    render(ImageView, { player });
    const table = screen.getByRole('table', { name: 'Layers on each node at 0:00' });
    expect(table).toBeTruthy();
    // The v1 instance runs on one node: its base and code are there, the new layers are not.
    const rows = ['node-1', 'node-2'].map(row);
    const holder = rows.find((r) => r?.includes('123 MiB'));
    const empty = rows.find((r) => r?.includes('193 MiB'));
    expect(holder).toContain('FROM node:20-slim: on disk from the start');
    expect(holder).toContain('COPY .: not on this node');
    expect(empty).toContain('FROM node:20-slim: not on this node');
    // After the rollout the node with the old image pulled only the rebuilt layers.
    player.t = 39_000;
    flushSync();
    expect(screen.getByRole('table', { name: 'Layers on each node at 0:39' })).toBeTruthy();
    const after = ['node-1', 'node-2'].map(row);
    expect(after.some((r) => r?.includes('COPY .: pulled during the run'))).toBe(true);
    expect(after.some((r) => r?.includes('nothing'))).toBe(true);
  });

  it('shows an image given by layers, without a build', () => {
    render(ImageView, { player: playerAt(shop, 0), service: 'payments' });
    expect(screen.getByText(/2 layers, 100 MiB/)).toBeTruthy();
    expect(screen.queryByText(/Rebuilt|Cached/)).toBeNull();
    expect(layers()).toEqual(['payments-app 20 MiB', 'base-os 80 MiB']);
  });

  it('speaks Chinese', () => {
    locale.set('zh');
    render(ImageView, { player: playerAt(build, 0) });
    expect(screen.getByText('3 层中重建了 2 层，构建用时 40 秒，推送 123 MiB')).toBeTruthy();
    expect(screen.getAllByText('已重建')).toHaveLength(2);
  });
});
