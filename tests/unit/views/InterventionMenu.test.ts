import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Action } from '../../../src/player/PlayerLike.ts';
import InterventionMenu from '../../../src/views/InterventionMenu.svelte';

afterEach(cleanup);

const items = [
  { label: 'Kill node', action: { type: 'killNode', node: 'n1' } as Action },
  { label: 'Kernel panic', action: { type: 'kernelPanic', target: 'n1' } as Action },
];

function open() {
  const picked: Action[] = [];
  const closed: boolean[] = [];
  render(InterventionMenu, {
    props: {
      label: 'Act on n1',
      items,
      x: 10,
      y: 20,
      onpick: (a: Action) => picked.push(a),
      onclose: (restore: boolean) => closed.push(restore),
    },
  });
  return { picked, closed, buttons: screen.getAllByRole('menuitem') };
}

describe('InterventionMenu', () => {
  it('is a named menu that takes the focus, placed where asked', () => {
    const { buttons } = open();
    const menu = screen.getByRole('menu', { name: 'Act on n1' });
    expect(menu.style.left).toBe('10px');
    expect(menu.style.top).toBe('20px');
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('moves with the arrows, Home and End, wrapping around', async () => {
    const { buttons } = open();
    await fireEvent.keyDown(buttons[0], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(buttons[1]);
    await fireEvent.keyDown(buttons[1], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[0]);
    await fireEvent.keyDown(buttons[0], { key: 'End' });
    expect(document.activeElement).toBe(buttons[1]);
    await fireEvent.keyDown(buttons[1], { key: 'Home' });
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('sends the chosen action and closes, giving the focus back', async () => {
    const { picked, closed, buttons } = open();
    await fireEvent.click(buttons[1]);
    expect(picked).toEqual([items[1].action]);
    expect(closed).toEqual([true]);
  });

  it('closes on Escape (focus back), on Tab and on a click outside (focus stays)', async () => {
    const { closed, buttons } = open();
    await fireEvent.keyDown(buttons[0], { key: 'Escape' });
    await fireEvent.keyDown(buttons[0], { key: 'Tab' });
    await fireEvent.pointerDown(document.body);
    expect(closed).toEqual([true, false, false]);
  });
});
