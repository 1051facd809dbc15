import { describe, expect, it } from 'vitest';
import { formatLogEntry } from '../../../src/sim/formatLogEntry.ts';
import type { LogEntry, LogKind } from '../../../src/sim/logEntry.ts';
import { logText, ZH } from '../../../src/views/logText.ts';
import { runOf, shop } from './playerFromRun.svelte.ts';

/** One entry of every kind, with the details the engine writes. */
const SAMPLES: Record<LogKind, Omit<LogEntry, 'kind' | 't'>> = {
  nodeAdded: { subject: 'node-4', detail: {} },
  nodeReady: { subject: 'node-4', detail: {} },
  nodeDown: { subject: 'node-2', detail: { reason: 'killed' } },
  nodeNotReady: { subject: 'node-2', detail: { instances: 3 } },
  nodeEvicted: { subject: 'node-2', detail: { instances: 3 } },
  nodeRebooting: { subject: 'node-2', detail: { instances: 2 } },
  nodeRestored: { subject: 'node-2', detail: {} },
  instanceCreated: { subject: 'web-1', detail: { runtime: 'container', version: 'v1' } },
  instancePending: {
    subject: 'web-5',
    detail: { reason: 'no node has 2 CPU and 512 MiB free' },
  },
  instanceScheduled: { subject: 'web-1', detail: { node: 'node-1' } },
  imagePulled: { subject: 'web-1', detail: { node: 'node-1', pulledMiB: 120 } },
  imageBuilt: {
    subject: 'web',
    detail: { image: 'web', version: 'v2', rebuilt: 1, layers: 4, took: '1.5s', pushedMiB: 2 },
  },
  instanceStarted: { subject: 'web-1', detail: { runtime: 'container', node: 'node-1' } },
  instanceReady: { subject: 'web-1', detail: {} },
  instanceUnready: { subject: 'web-1', detail: {} },
  instanceCrashed: { subject: 'web-1', detail: { restarts: 2, backoff: '20s' } },
  instanceRestarting: { subject: 'web-1', detail: {} },
  instanceKilled: { subject: 'web-1', detail: { failures: 3 } },
  instanceStopping: { subject: 'web-1', detail: { reason: 'scaled down' } },
  instanceStopped: { subject: 'web-1', detail: {} },
  instanceLost: { subject: 'web-1', detail: { node: 'node-2' } },
  breakerOpened: { subject: 'web→db', detail: { reason: '50% of the last 20 calls failed' } },
  breakerHalfOpen: { subject: 'web→db', detail: { trials: 5 } },
  breakerClosed: { subject: 'web→db', detail: {} },
  scaledUp: {
    subject: 'web',
    detail: { from: 2, to: 4, why: '99% CPU per instance, target 60% CPU' },
  },
  scaledDown: {
    subject: 'web',
    detail: { from: 4, to: 2, why: '20% CPU per instance, target 60% CPU' },
  },
  rolloutStarted: { subject: 'web', detail: { version: 'v2' } },
  rolloutComplete: { subject: 'web', detail: { version: 'v2' } },
  rolloutStalled: { subject: 'web', detail: { deadline: '10m' } },
  fault: { subject: 'world', detail: { what: 'db slowed by 1.5s for 1m' } },
  faultEnded: { subject: 'world', detail: { what: 'db slowed by 1.5s for 1m' } },
  limit: { subject: 'simulation', detail: { what: 'more than 1,000,000 events' } },
};

const entries: LogEntry[] = Object.entries(SAMPLES).map(([kind, rest], i) => ({
  t: i * 1000,
  kind: kind as LogKind,
  ...rest,
}));

/** Latin words left in a Chinese sentence, besides names and the terms kept in English. */
function englishLeft(zh: string, entry: LogEntry, known: string[] = []): string[] {
  const names = new Set([...entry.subject.split(/[→\s]/), ...known]);
  for (const value of Object.values(entry.detail))
    if (/[\d-]/.test(String(value)) && !/\s/.test(String(value))) names.add(String(value));
  const kept = new Set(['NotReady', 'Pending', 'Pod', 'CPU', 'MiB']);
  const words = zh.match(/[A-Za-z][\w.-]*/g) ?? [];
  return words.filter((w) => !names.has(w) && !kept.has(w) && !/\d/.test(w));
}

describe('logText', () => {
  it('has a Chinese sentence for every kind of entry', () => {
    expect(Object.keys(ZH).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it('uses the engine’s English sentences for English', () => {
    for (const entry of entries) expect(logText(entry, 'en')).toBe(formatLogEntry(entry));
  });

  it('says every kind in Chinese, naming its subject, with no English left', () => {
    for (const entry of entries) {
      const zh = logText(entry, 'zh');
      expect(zh, entry.kind).toMatch(/[\u4e00-\u9fff]/);
      if (!['fault', 'faultEnded', 'limit'].includes(entry.kind))
        expect(zh, entry.kind).toContain(entry.subject);
      expect(englishLeft(zh, entry, ['db', 'web']), `${entry.kind}: ${zh}`).toEqual([]);
    }
  });

  it('reads naturally', () => {
    const say = (kind: LogKind) =>
      logText(
        entries.find((e) => e.kind === kind)!,
        'zh',
      );
    expect(say('nodeDown')).toBe('节点 node-2 宕机（被关停）；控制平面尚未察觉');
    expect(say('instanceStarted')).toBe('容器 web-1 已在 node-1 上启动');
    expect(say('breakerOpened')).toBe('熔断器 web→db 打开（最近 20 次调用中 50% 失败）');
    expect(say('scaledUp')).toBe('web 从 2 个副本扩容到 4 个（每个实例 CPU 99%，目标 60%）');
    expect(say('instanceCrashed')).toBe('web-1 崩溃（第 2 次重启）；20 秒后重启');
    expect(say('rolloutStalled')).toBe('web 的滚动更新停滞：10 分钟内没有进展');
    expect(say('fault')).toBe('故障：db 变慢 1.5 秒，持续 1 分钟');
  });

  it('handles the variants without a node (serverless) and unknown runtimes', () => {
    const task: LogEntry = {
      t: 0,
      kind: 'instanceStarted',
      subject: 'fn-1',
      detail: { runtime: 'task' },
    };
    expect(logText(task, 'zh')).toBe('任务 fn-1 已启动');
    expect(logText({ ...task, kind: 'instanceScheduled', detail: {} }, 'zh')).toBe(
      'fn-1 已放到云厂商的容量上',
    );
    expect(
      logText({ ...task, kind: 'imagePulled', detail: { node: 'provider', pulledMiB: 5 } }, 'zh'),
    ).toBe('fn-1 的镜像已在云厂商一侧拉取完成（下载了 5 MiB）');
  });

  it('says a real run’s log in Chinese with no English left', () => {
    const run = runOf(shop);
    const known = [...run.spec.services, ...run.spec.nodes, ...run.spec.traffic].map((x) => x.name);
    for (const entry of run.out.log)
      expect(englishLeft(logText(entry, 'zh'), entry, known), logText(entry, 'zh')).toEqual([]);
  });
});
