import { describe, expect, it } from 'vitest';
import { describeAction } from '../../../src/sim/describeAction.ts';
import type { Action } from '../../../src/sim/worldSpec.ts';
import { detailZh } from '../../../src/views/detailZh.ts';

const hasEnglishWords = (s: string) => /\b[a-z]{3,}\s+[a-z]{3,}\b/i.test(s);

describe('detailZh', () => {
  it('says every fault and intervention the engine describes in Chinese', () => {
    const actions: Action[] = [
      { type: 'killNode', node: 'node-1' },
      { type: 'restoreNode', node: 'node-1' },
      { type: 'kernelPanic', target: 'node-2' },
      { type: 'killInstance', instance: 'web-1' },
      { type: 'hangInstance', instance: 'web-1' },
      { type: 'addLatency', service: 'db', ms: 1500, durationMs: 60_000 },
      { type: 'addLatency', service: 'db', ms: 200, durationMs: null },
      { type: 'errorRate', service: 'db', rate: 0.25, durationMs: 30_000 },
      { type: 'partition', from: 'web', to: 'db', durationMs: null },
      { type: 'cpuHog', node: 'node-1', share: 0.8, durationMs: 90_000 },
      { type: 'trafficSpike', traffic: 'users', factor: 3, durationMs: 30_000 },
      { type: 'deploy', service: 'web', version: 1 },
      { type: 'scale', service: 'web', replicas: 5 },
    ];
    for (const action of actions) {
      const zh = detailZh(describeAction(action));
      expect(zh, describeAction(action)).not.toBe(describeAction(action));
      expect(hasEnglishWords(zh), zh).toBe(false);
    }
    expect(detailZh('db slowed by 1.5s for 1m')).toBe('db 变慢 1.5 秒，持续 1 分钟');
    expect(detailZh('network cut between web and db')).toBe('web 与 db 之间的网络中断');
    expect(detailZh('deploy v2 of web')).toBe('部署 web 的 v2');
  });
  it('says why breakers open, services scale, instances wait or stop', () => {
    expect(detailZh('50% of the last 50 calls failed')).toBe('最近 50 次调用中 50% 失败');
    expect(detailZh('80% of the last 20 calls were slow')).toBe('最近 20 次调用中 80% 过慢');
    expect(detailZh('trial calls failed')).toBe('试探调用失败');
    expect(detailZh('99% CPU per instance, target 60% CPU')).toBe('每个实例 CPU 99%，目标 60%');
    expect(detailZh('12.5 in flight per instance, target 10 in flight')).toContain('进行中');
    expect(detailZh('30 req/s per instance, target 20 req/s')).toContain('请求/秒');
    expect(detailZh('no node has 2 CPU and 512 MiB free')).toBe(
      '没有节点有 2 个 CPU 和 512 MiB 内存空闲',
    );
    expect(detailZh('waiting for the launch rate limit')).toBe('等待启动速率限制');
    expect(detailZh('scaled down')).toBe('缩容');
    expect(detailZh('replaced by the new version')).toBe('被新版本替换');
    expect(detailZh('more than 1,000,000 events')).toBe('事件超过 1,000,000 个');
  });
  it('names what was missing, and leaves unknown text alone', () => {
    expect(detailZh('node node-9 killed (no node named node-9)')).toBe(
      '关停节点 node-9（没有名为 node-9 的节点）',
    );
    expect(detailZh('something new')).toBe('something new');
  });
});
