import type { Messages } from '../translate.ts';

export default {
  'app.name': 'cloudscope',
  'app.tagline': '一门可以动手探索的云计算课程',
} satisfies Messages;
