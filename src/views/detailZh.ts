/*
 * The engine writes a few facts of its log as English phrases (a fault's
 * description, why a breaker opened or a service scaled, why an instance is
 * Pending). These patterns say them in Chinese; anything not matched is
 * returned as it is (names and numbers stay readable).
 */

import { durationZh } from './durationZh.ts';

type Rule = [RegExp, (...groups: string[]) => string];

const lasting = (d: string | undefined) => (d ? `，持续 ${durationZh(d)}` : '');

const RULES: Rule[] = [
  // describeAction (faults and interventions)
  [/^node (\S+) killed$/, (n) => `关停节点 ${n}`],
  [/^node (\S+) restored$/, (n) => `恢复节点 ${n}`],
  [/^node (\S+) added$/, (n) => `添加节点 ${n}`],
  [/^kernel panic on (\S+)$/, (n) => `${n} 内核崩溃`],
  [/^(\S+) hangs \(stops answering\)$/, (n) => `${n} 卡死（不再响应）`],
  [/^(\S+) killed$/, (n) => `杀死 ${n}`],
  [
    /^(\S+) slowed by (\S+)(?: for (\S+))?$/,
    (s, by, d) => `${s} 变慢 ${durationZh(by)}${lasting(d)}`,
  ],
  [
    /^(\S+) fails ([\d.]+)% of requests(?: for (\S+))?$/,
    (s, p, d) => `${s} 有 ${p}% 的请求出错${lasting(d)}`,
  ],
  [
    /^network cut between (\S+) and (\S+?)(?: for (\S+))?$/,
    (a, b, d) => `${a} 与 ${b} 之间的网络中断${lasting(d)}`,
  ],
  [
    /^a runaway process takes (\d+)% of (\S+)'s CPU(?: for (\S+))?$/,
    (p, n, d) => `失控进程占用 ${n} ${p}% 的 CPU${lasting(d)}`,
  ],
  [/^traffic (\S+) × ([\d.]+)(?: for (\S+))?$/, (s, f, d) => `流量 ${s} 变为 ${f} 倍${lasting(d)}`],
  [/^deploy version (\d+) of (\S+)$/, (v, s) => `部署 ${s} 的版本 ${v}`],
  [/^deploy (.+) of (\S+)$/, (v, s) => `部署 ${s} 的 ${v}`],
  [/^(\S+) scaled to (\d+)$/, (s, n) => `把 ${s} 调整为 ${n} 个副本`],
  // why an instance is Pending
  [/^waiting for the launch rate limit$/, () => '等待启动速率限制'],
  [
    /^no (node|host) has ([\d.]+) CPU and (\d+) MiB free$/,
    (k, c, m) => `没有${k === 'node' ? '节点' : '主机'}有 ${c} 个 CPU 和 ${m} MiB 内存空闲`,
  ],
  // why a breaker opened
  [/^trial calls failed$/, () => '试探调用失败'],
  [/^(\d+)% of the last (\d+) calls failed$/, (p, n) => `最近 ${n} 次调用中 ${p}% 失败`],
  [/^(\d+)% of the last (\d+) calls were slow$/, (p, n) => `最近 ${n} 次调用中 ${p}% 过慢`],
  // why the autoscaler acted
  [
    /^([\d.]+)% CPU per instance, target ([\d.]+)% CPU$/,
    (v, tg) => `每个实例 CPU ${v}%，目标 ${tg}%`,
  ],
  [
    /^([\d.]+) in flight per instance, target ([\d.]+) in flight$/,
    (v, tg) => `每个实例 ${v} 个进行中请求，目标 ${tg} 个`,
  ],
  [
    /^([\d.]+) req\/s per instance, target ([\d.]+) req\/s$/,
    (v, tg) => `每个实例 ${v} 请求/秒，目标 ${tg} 请求/秒`,
  ],
  // why an instance stops, why a node went down
  [/^scaled down$/, () => '缩容'],
  [/^replaced by the new version$/, () => '被新版本替换'],
  [/^stopped$/, () => '停止'],
  [/^killed$/, () => '被关停'],
  [/^failure$/, () => '故障'],
  // why the run stopped
  [/^more than ([\d,]+) instances created$/, (n) => `创建的实例超过 ${n} 个`],
  [/^more than ([\d,]+) nodes$/, (n) => `节点超过 ${n} 个`],
  [/^more than ([\d,]+) events$/, (n) => `事件超过 ${n} 个`],
  [/^more than ([\d,]+) requests in flight$/, (n) => `进行中的请求超过 ${n} 个`],
];

const MISSING =
  /^(.*) \(no (node|node or running instance|node under|running instance|service|such target) named (.+)\)$/;
const WHAT: Record<string, string> = {
  node: '节点',
  'node or running instance': '节点或运行中的实例',
  'node under': '其下的节点',
  'running instance': '运行中的实例',
  service: '服务',
  'such target': '目标',
};

/** An English phrase of the engine's log, in Chinese where it is a known one. */
export function detailZh(text: string): string {
  const missing = MISSING.exec(text);
  if (missing) return `${detailZh(missing[1])}（没有名为 ${missing[3]} 的${WHAT[missing[2]]}）`;
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(text);
    if (match) return say(...match.slice(1));
  }
  return text;
}
