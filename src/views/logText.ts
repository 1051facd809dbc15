import type { Lang } from '../i18n/locale.svelte.ts';
import { formatLogEntry } from '../sim/formatLogEntry.ts';
import type { LogEntry, LogKind } from '../sim/logEntry.ts';
import { detailZh } from './detailZh.ts';
import { durationZh } from './durationZh.ts';

type Detail = LogEntry['detail'];

const RUNTIME_ZH: Record<string, string> = {
  container: '容器',
  vm: '虚拟机',
  microvm: '微虚拟机',
  task: '任务',
};

const runtime = (d: Detail) => RUNTIME_ZH[String(d.runtime)] ?? String(d.runtime ?? '实例');
const zh = (value: string | number | undefined, fallback = '') =>
  value === undefined ? fallback : detailZh(String(value));
const onNode = (node: string | number | undefined) =>
  node === undefined || node === 'provider' ? '在云厂商一侧' : `在 ${node} 上`;

/** Chinese sentences, one per kind of log entry. */
export const ZH: Record<LogKind, (s: string, d: Detail) => string> = {
  nodeAdded: (s) => `节点 ${s} 已加入，正在启动`,
  nodeReady: (s) => `节点 ${s} 已就绪`,
  nodeDown: (s, d) => `节点 ${s} 宕机（${zh(d.reason, '故障')}）；控制平面尚未察觉`,
  nodeNotReady: (s, d) => `节点 ${s} 被标记为 NotReady；其上 ${d.instances} 个实例被移出负载均衡`,
  nodeEvicted: (s, d) => `节点 ${s} 上的 Pod 被驱逐；${d.instances} 个实例正在重新调度`,
  nodeRebooting: (s, d) => `节点 ${s} 内核崩溃，正在重启；其上 ${d.instances} 个实例丢失`,
  nodeRestored: (s) => `节点 ${s} 已恢复，正在启动`,
  instanceCreated: (s, d) => `已创建${runtime(d)} ${s}（版本 ${d.version}）`,
  instancePending: (s, d) => `${s} 处于 Pending：${zh(d.reason)}`,
  instanceScheduled: (s, d) => (d.node ? `${s} 已调度到 ${d.node}` : `${s} 已放到云厂商的容量上`),
  imagePulled: (s, d) => `${s} 的镜像已${onNode(d.node)}拉取完成（下载了 ${d.pulledMiB} MiB）`,
  imageBuilt: (s, d) =>
    `${s} ${d.version} 的镜像 ${d.image} 已构建：${d.layers} 层中重建了 ${d.rebuilt} 层，用时 ${durationZh(String(d.took))}，推送 ${d.pushedMiB} MiB`,
  instanceStarted: (s, d) =>
    d.node ? `${runtime(d)} ${s} 已在 ${d.node} 上启动` : `${runtime(d)} ${s} 已启动`,
  instanceReady: (s) => `${s} 已就绪，开始接收流量`,
  instanceUnready: (s) => `${s} 未就绪：已从负载均衡中移除`,
  instanceCrashed: (s, d) =>
    `${s} 崩溃（第 ${d.restarts} 次重启）；${durationZh(String(d.backoff))}后重启`,
  instanceRestarting: (s) => `${s} 正在重启`,
  instanceKilled: (s, d) => `${s} 存活探针连续失败 ${d.failures} 次：已被杀死`,
  instanceStopping: (s, d) => `${s} 正在停止（${zh(d.reason, '停止')}）`,
  instanceStopped: (s) => `${s} 已停止`,
  instanceLost: (s, d) => `${s} 随节点 ${d.node} 一起丢失`,
  breakerOpened: (s, d) => `熔断器 ${s} 打开（${zh(d.reason)}）`,
  breakerHalfOpen: (s, d) => `熔断器 ${s} 半开：放行 ${d.trials} 个试探调用`,
  breakerClosed: (s) => `熔断器 ${s} 关闭`,
  scaledUp: (s, d) => `${s} 从 ${d.from} 个副本扩容到 ${d.to} 个（${zh(d.why)}）`,
  scaledDown: (s, d) => `${s} 从 ${d.from} 个副本缩容到 ${d.to} 个（${zh(d.why)}）`,
  rolloutStarted: (s, d) => `${s} 开始滚动更新到版本 ${d.version}`,
  rolloutComplete: (s, d) => `${s} 滚动更新到版本 ${d.version} 完成`,
  rolloutStalled: (s, d) => `${s} 的滚动更新停滞：${durationZh(String(d.deadline))}内没有进展`,
  fault: (_s, d) => `故障：${zh(d.what)}`,
  faultEnded: (_s, d) => `故障结束：${zh(d.what)}`,
  limit: (_s, d) => `模拟已停止：${zh(d.what)}`,
};

/** A log entry as a sentence in the reader's language. */
export function logText(entry: LogEntry, lang: Lang): string {
  if (lang === 'zh') return ZH[entry.kind](entry.subject, entry.detail);
  return formatLogEntry(entry);
}
