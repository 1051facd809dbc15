/** What a key press asks for. */
export type Command =
  | 'toggle'
  | 'stepForward'
  | 'stepBack'
  | 'faster'
  | 'slower'
  | 'nextStep'
  | 'previousStep'
  | 'help';

/** The keyboard map, as shown in the help dialog (key labels → command). */
export const SHORTCUTS: { keys: string[]; command: Command }[] = [
  { keys: ['Space', 'K'], command: 'toggle' },
  { keys: ['→'], command: 'stepForward' },
  { keys: ['←'], command: 'stepBack' },
  { keys: ['+', ']'], command: 'faster' },
  { keys: ['-', '['], command: 'slower' },
  { keys: ['N', 'Page Down'], command: 'nextStep' },
  { keys: ['P', 'Page Up'], command: 'previousStep' },
  { keys: ['?'], command: 'help' },
];

/**
 * The command for a key event, or null. Keys typed into a text field, a
 * select or an editor, and presses with Ctrl/Alt/Meta, are left alone; so is
 * Space on a button or link (it activates them).
 */
export function commandFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target'>,
): Command | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName ?? '';
  if (
    tag === 'INPUT' ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    target?.isContentEditable ||
    target?.closest?.('.monaco-editor')
  ) {
    // The timeline slider keeps its own arrow keys.
    return null;
  }
  if (
    (event.key === ' ' || event.key === 'Enter') &&
    (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY')
  )
    return null;
  if (
    target?.closest?.(
      '[role="dialog"], dialog, [role="menu"], [role="radiogroup"], [role="tablist"]',
    ) &&
    event.key !== '?'
  ) {
    return null;
  }
  switch (event.key) {
    case ' ':
    case 'k':
    case 'K':
      return 'toggle';
    case 'ArrowRight':
      return 'stepForward';
    case 'ArrowLeft':
      return 'stepBack';
    case '+':
    case '=':
    case ']':
      return 'faster';
    case '-':
    case '[':
      return 'slower';
    case 'n':
    case 'N':
    case 'PageDown':
      return 'nextStep';
    case 'p':
    case 'P':
    case 'PageUp':
      return 'previousStep';
    case '?':
      return 'help';
    default:
      return null;
  }
}
