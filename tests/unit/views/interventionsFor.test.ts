import { describe, expect, it } from 'vitest';
import { interventionsFor } from '../../../src/views/interventionsFor.ts';

describe('interventionsFor', () => {
  it('offers a live node a kill, a kernel panic and a CPU hog', () => {
    expect(interventionsFor({ kind: 'node', name: 'n1', up: true }).map((c) => c.action)).toEqual([
      { type: 'killNode', node: 'n1' },
      { type: 'kernelPanic', target: 'n1' },
      { type: 'cpuHog', node: 'n1', share: 0.8, durationMs: 60_000 },
    ]);
  });
  it('offers a dead node only its restore', () => {
    expect(interventionsFor({ kind: 'node', name: 'n1', up: false }).map((c) => c.key)).toEqual([
      'act.restoreNode',
    ]);
  });
  it('offers a running instance a kill and a hang, and a VM its own kernel panic', () => {
    const c = interventionsFor({ kind: 'instance', name: 'web-1', alive: true });
    expect(c.map((x) => x.action)).toEqual([
      { type: 'killInstance', instance: 'web-1' },
      { type: 'hangInstance', instance: 'web-1' },
    ]);
    const vm = interventionsFor({ kind: 'instance', name: 'vm-1', alive: true, ownKernel: true });
    expect(vm.at(-1)!.action).toEqual({ type: 'kernelPanic', target: 'vm-1' });
    expect(interventionsFor({ kind: 'instance', name: 'x', alive: false })).toEqual([]);
  });
  it('slows a service or makes it fail, and cuts links between services only', () => {
    expect(interventionsFor({ kind: 'service', name: 'api' }).map((c) => c.action)).toEqual([
      { type: 'addLatency', service: 'api', ms: 500, durationMs: 60_000 },
      { type: 'errorRate', service: 'api', rate: 0.5, durationMs: 60_000 },
    ]);
    expect(
      interventionsFor({ kind: 'edge', from: 'a', to: 'b', fromTraffic: false })[0].action,
    ).toEqual({ type: 'partition', from: 'a', to: 'b', durationMs: 30_000 });
    expect(interventionsFor({ kind: 'edge', from: 'users', to: 'b', fromTraffic: true })).toEqual(
      [],
    );
  });
});
