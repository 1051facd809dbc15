import type { Messages } from '../translate.ts';

/** The scenario editor (src/editor). */
export default {
  'editor.label': 'Scenario code (TypeScript)',
  'editor.loading': 'Loading the editor…',
  'editor.loadFailed': 'The editor could not be loaded: {message}',
  'editor.run': 'Run the scenario',
  'editor.kind.syntax': 'syntax error',
  'editor.kind.type': 'type error',
  'editor.kind.runtime': 'runtime error',
  'editor.kind.timeout': 'timed out',
  'editor.kind.validation': 'not a valid scenario',
  'editor.kind.output': 'unusable result',
} satisfies Messages;
