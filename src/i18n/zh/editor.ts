import type { Messages } from '../translate.ts';

/** 场景编辑器（src/editor）。 */
export default {
  'editor.label': '场景代码（TypeScript）',
  'editor.loading': '正在加载编辑器…',
  'editor.loadFailed': '编辑器加载失败：{message}',
  'editor.run': '运行场景',
  'editor.kind.syntax': '语法错误',
  'editor.kind.type': '类型错误',
  'editor.kind.runtime': '运行时错误',
  'editor.kind.timeout': '运行超时',
  'editor.kind.validation': '场景无效',
  'editor.kind.output': '结果无法使用',
} satisfies Messages;
