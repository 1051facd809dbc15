import { afterEach, describe, expect, it } from 'vitest';
import { commandFor, SHORTCUTS, type Command } from '../../../src/app/shortcuts.ts';
import { MESSAGES } from '../../../src/i18n/messages.ts';

type KeyEvent = Parameters<typeof commandFor>[0];

function press(key: string, target: EventTarget | null = null, mods: Partial<KeyEvent> = {}) {
  return commandFor({ key, ctrlKey: false, altKey: false, metaKey: false, target, ...mods });
}

/** An element built from HTML and attached to the page; returns the element matching `pick`. */
function element(html: string, pick: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  const found = holder.querySelector<HTMLElement>(pick);
  if (!found) throw new Error(`no ${pick} in ${html}`);
  return found;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** The event key a label of the help table stands for. */
const KEY_OF_LABEL: Record<string, string> = {
  Space: ' ',
  '→': 'ArrowRight',
  '←': 'ArrowLeft',
  'Page Down': 'PageDown',
  'Page Up': 'PageUp',
};

describe('commandFor', () => {
  it('maps the keys of the page', () => {
    const body = document.body;
    const expected: [string, Command | null][] = [
      [' ', 'toggle'],
      ['k', 'toggle'],
      ['K', 'toggle'],
      ['ArrowRight', 'stepForward'],
      ['ArrowLeft', 'stepBack'],
      ['+', 'faster'],
      ['=', 'faster'],
      [']', 'faster'],
      ['-', 'slower'],
      ['[', 'slower'],
      ['n', 'nextStep'],
      ['N', 'nextStep'],
      ['PageDown', 'nextStep'],
      ['p', 'previousStep'],
      ['P', 'previousStep'],
      ['PageUp', 'previousStep'],
      ['?', 'help'],
      ['x', null],
      ['Enter', null],
      ['ArrowUp', null],
      ['Escape', null],
    ];
    for (const [key, command] of expected) expect(press(key, body), key).toBe(command);
    expect(press('k', null)).toBe('toggle');
  });

  it('leaves presses with Ctrl, Alt or Meta to the browser', () => {
    expect(press('k', document.body, { ctrlKey: true })).toBeNull();
    expect(press('ArrowRight', document.body, { altKey: true })).toBeNull();
    expect(press('p', document.body, { metaKey: true })).toBeNull();
  });

  it('ignores keys typed into text fields, selects and editable text', () => {
    for (const [html, pick] of [
      ['<input type="text">', 'input'],
      ['<input type="range">', 'input'],
      ['<textarea></textarea>', 'textarea'],
      ['<select><option>a</option></select>', 'select'],
    ]) {
      const target = element(html, pick);
      for (const key of ['k', ' ', 'ArrowRight', 'n', '?']) expect(press(key, target)).toBeNull();
    }
    // jsdom has no isContentEditable: an element that says it is editable stands in.
    const editable = document.createElement('div');
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(press('k', editable)).toBeNull();
  });

  it('ignores keys typed inside the scenario editor', () => {
    const line = element(
      '<div class="monaco-editor"><div class="view-lines"><div class="view-line"><span>x</span></div></div></div>',
      'span',
    );
    for (const key of ['k', ' ', 'n', 'p', '?', '[', 'ArrowLeft'])
      expect(press(key, line)).toBeNull();
    // Outside the editor the same keys still work.
    const beside = element('<div class="monaco-editor-like"><span>x</span></div>', 'span');
    expect(press('k', beside)).toBe('toggle');
  });

  it('lets Space and Enter activate buttons, links and summaries, but other keys still work', () => {
    for (const [html, pick] of [
      ['<button>go</button>', 'button'],
      ['<a href="#/">home</a>', 'a'],
      ['<details><summary>more</summary></details>', 'summary'],
    ]) {
      const target = element(html, pick);
      expect(press(' ', target), html).toBeNull();
      expect(press('Enter', target), html).toBeNull();
      expect(press('k', target), html).toBe('toggle');
      expect(press('ArrowRight', target), html).toBe('stepForward');
    }
  });

  it('leaves keys to dialogs, menus, radio groups and tab lists, except "?"', () => {
    for (const html of [
      '<div role="dialog"><button>x</button></div>',
      '<dialog open><button>x</button></dialog>',
      '<div role="menu"><button role="menuitem">x</button></div>',
      '<div role="radiogroup"><button role="radio">x</button></div>',
      '<div role="tablist"><button role="tab">x</button></div>',
    ]) {
      const target = element(html, 'button');
      expect(press('ArrowRight', target), html).toBeNull();
      expect(press('k', target), html).toBeNull();
      expect(press('n', target), html).toBeNull();
      expect(press('?', target), html).toBe('help');
    }
  });
});

describe('SHORTCUTS (the help table)', () => {
  it('lists keys that do what the table says', () => {
    for (const { keys, command } of SHORTCUTS) {
      for (const label of keys) {
        const key = KEY_OF_LABEL[label] ?? label;
        expect(press(key, document.body), label).toBe(command);
        if (/^[A-Z]$/.test(key))
          expect(press(key.toLowerCase(), document.body), label).toBe(command);
      }
    }
  });

  it('lists every command once, each with a description in both languages', () => {
    const commands = SHORTCUTS.map((s) => s.command);
    expect(new Set(commands).size).toBe(commands.length);
    expect([...commands].sort()).toEqual(
      [
        'toggle',
        'stepForward',
        'stepBack',
        'faster',
        'slower',
        'nextStep',
        'previousStep',
        'help',
      ].sort(),
    );
    for (const command of commands) {
      expect(MESSAGES.en[`help.${command}`], command).toBeTruthy();
      expect(MESSAGES.zh[`help.${command}`], command).toBeTruthy();
    }
  });
});
