import type { Messages } from '../translate.ts';

/** 在课程页面中编辑场景，以及沙盒页面（src/app）。 */
export default {
  'edit.open': '编辑场景',
  'edit.close': '关闭编辑器',
  'edit.title': '场景：{file}',
  'edit.actions': '场景操作',
  'edit.run': '运行',
  'edit.runKeys': 'Ctrl+Enter',
  'edit.reset': '重置场景',
  'edit.copyLink': '复制链接',
  'edit.edited': '已修改',
  'edit.confirmReset': '放弃你的修改，回到原来的场景吗？',
  'edit.confirmDiscard': '放弃修改',
  'edit.confirmKeep': '继续编辑',
  'edit.linkCopied': '链接已复制。打开它的人会在沙盒中看到并运行这个场景：',
  'edit.linkShown': '请手动复制这个链接（浏览器不允许页面替你复制）：',
  'edit.running': '正在检查并运行……',
  'edit.ranNote': '面板中运行的是你的版本。',
  'edit.failedNote': (p) => `发现 ${p.count} 个问题：面板仍显示上一次成功的运行。`,
  'edit.failedNoteNothing': (p) => `发现 ${p.count} 个问题：修正之前，场景不会运行。`,
  'edit.notRun': '已修改，尚未运行：按“运行”（Ctrl+Enter）查看效果。',
  'edit.saveFailed':
    '浏览器没能保存你的修改（存储空间已满或被禁用）。离开页面之前，请先把代码复制到别处。',
  'edit.problems': '问题',
  'edit.at': '第 {line} 行，第 {column} 列',
  'edit.problem.timeout': '场景在 2 秒内没有构建完成，已被停止。是不是有死循环？',
  'edit.goalProblem': '在你的版本中无法检查挑战目标“{goal}”：{message}',
  'edit.ran': '你的场景已运行，面板显示的是它的结果。',
  'edit.failed': (p) => `你的场景有 ${p.count} 个问题；面板保留上一次成功的运行。`,
  'edit.moreProblems': '再显示 {count} 个问题',
  'edit.resetDone': '已回到原来的场景。',
  'edit.solutionTitle': '参考答案：{file}',
  'edit.solutionNote': '面板现在运行的是参考答案。你自己的版本仍然保留着。',
  'edit.backToYours': '回到你的版本',
  'sandbox.title': '沙盒',
  'sandbox.intro':
    '一个属于你自己的场景：随意修改、运行，用所有视图观察它，还能以链接的形式分享。把鼠标悬停在代码中的任何选项上，即可看到它的说明。',
  'sandbox.link': '沙盒',
  'sandbox.linkNote': '编写你自己的场景，使用所有视图，并以链接分享。',
  'sandbox.file': '你的场景',
  'sandbox.shared':
    '这个场景来自别人分享的链接。它在与本页面隔离的沙盒中运行；你自己的沙盒场景仍然保留着。',
  'sandbox.openOwn': '打开我自己的沙盒',
  'sandbox.share.tooLong':
    '这个链接太长，不可能是 cloudscope 场景，因此没有打开。下面显示的是你自己的沙盒场景。',
  'sandbox.share.corrupt':
    '这个链接已损坏（可能在复制时被截断），无法读出其中的场景。下面显示的是你自己的沙盒场景。',
  'sandbox.share.newer':
    '这个链接来自更新版本的 cloudscope。请刷新页面获取新版本，然后再打开这个链接。',
  'sandbox.machine': '状态机对象',
  'sandbox.chartsOf': '图表对象',
} satisfies Messages;
