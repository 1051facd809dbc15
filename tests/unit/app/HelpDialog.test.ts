import { cleanup, render, screen, within } from '@testing-library/svelte';
import { flushSync, mount, unmount } from 'svelte';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import HelpDialog from '../../../src/app/HelpDialog.svelte';
import { SHORTCUTS } from '../../../src/app/shortcuts.ts';
import { locale } from '../../../src/i18n/locale.svelte.ts';
import { MESSAGES } from '../../../src/i18n/messages.ts';
import { boundProps } from './boundProps.svelte.ts';

// jsdom has no modal dialogs: these follow the HTML standard's steps that matter here
// (showModal opens; close closes and fires "close").
const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
const had = { showModal: proto.showModal, close: proto.close };
beforeAll(() => {
  proto.showModal = function (this: HTMLDialogElement) {
    if (this.open) throw new DOMException('already open', 'InvalidStateError');
    this.setAttribute('open', '');
  };
  proto.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});
afterAll(() => {
  proto.showModal = had.showModal;
  proto.close = had.close;
});

afterEach(() => {
  cleanup();
  locale.set('en');
  vi.restoreAllMocks();
});

function dialog(): HTMLDialogElement {
  const found = document.querySelector('dialog');
  if (!found) throw new Error('no dialog');
  return found;
}

describe('HelpDialog', () => {
  it('stays closed until asked, then opens as a modal dialog', () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const { rerender } = render(HelpDialog, { open: false });
    expect(dialog().open).toBe(false);
    expect(showModal).not.toHaveBeenCalled();
    rerender({ open: true });
    expect(dialog().open).toBe(true);
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBe(dialog());
  });

  it('lists every shortcut with its keys and what it does', () => {
    render(HelpDialog, { open: true });
    const rows = within(dialog()).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(SHORTCUTS.length);
    SHORTCUTS.forEach((shortcut, i) => {
      const [keys, action] = within(rows[i]).getAllByRole('cell');
      expect([...keys.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(shortcut.keys);
      expect(action.textContent).toBe(MESSAGES.en[`help.${shortcut.command}`]);
    });
  });

  it('speaks the reader’s language', () => {
    render(HelpDialog, { open: true });
    locale.set('zh');
    flushSync();
    expect(within(dialog()).getByRole('heading').textContent).toBe(MESSAGES.zh['help.title']);
    expect(within(dialog()).getByRole('button').textContent).toBe(MESSAGES.zh['app.close']);
  });

  it('closes when asked, and tells its parent when the reader closes it', () => {
    const props = boundProps({ open: true });
    const component = mount(HelpDialog, { target: document.body, props });
    try {
      flushSync();
      expect(dialog().open).toBe(true);
      props.open = false;
      flushSync();
      expect(dialog().open).toBe(false);
      props.open = true;
      flushSync();
      expect(dialog().open).toBe(true);
      // Escape (or the Close button's form) closes the dialog itself: the parent must hear it.
      dialog().close();
      flushSync();
      expect(props.open).toBe(false);
      props.open = true;
      flushSync();
      expect(dialog().open).toBe(true);
    } finally {
      unmount(component);
    }
  });
});
