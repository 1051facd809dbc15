import type { Messages } from '../translate.ts';

export default {
  'app.name': 'cloudscope',
  'app.tagline': 'An explorable course on cloud computing',
} satisfies Messages;
