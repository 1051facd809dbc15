import { describe, expect, it } from 'vitest';
import { seek, simulate } from '../../../src/sim/simulate.ts';
import { specOf } from '../helpers/runWorld.ts';
import { callOutcome } from '../../../src/sim/worldView.ts';

describe('worldView', () => {
  const run = simulate(
    specOf({
      duration: '3m',
      cluster: { nodes: 2, node: { cpu: 4, memory: '8Gi' } },
      services: {
        web: { replicas: 2, cpu: 1, memory: '1Gi', calls: [{ to: 'api', breaker: true }] },
        api: {
          replicas: 1,
          cpu: 1,
          memory: '1Gi',
          crashAfter: '4s',
          autoscale: { min: 1, max: 3, cpu: '50%' },
        },
      },
      traffic: { users: { to: 'web', rate: 5 } },
      faults: [{ at: '100s', kill: 'node-1' }],
    }),
  );

  it('describes nodes with their state and what is placed on them', () => {
    const w = seek(run, 10_000);
    expect(w.nodes.map((n) => n.name)).toEqual(['node-1', 'node-2']);
    expect(w.instances.every((i) => i.placement === 'node')).toBe(true);
    for (const n of w.nodes) {
      expect(n.state).toBe('ready');
      expect(n.allocCpu).toBe(n.instances.length);
      expect(n.allocMemMiB).toBe(n.instances.length * 1024);
    }
  });

  it('names a crash-looping container CrashLoopBackOff with its wait', () => {
    const w = seek(run, 60_000);
    const api = w.instances.find((i) => i.name === 'api-1');
    expect(api?.restarts).toBeGreaterThan(2);
    const later = [
      60_000, 61_000, 62_000, 63_000, 64_000, 65_000, 66_000, 67_000, 68_000, 69_000, 70_000,
    ]
      .map((t) => seek(run, t).instances.find((i) => i.name === 'api-1'))
      .filter((i) => i?.state === 'backOff');
    expect(later.length).toBeGreaterThan(0);
    expect(later[0]?.reason).toMatch(/^CrashLoopBackOff \(\d+s\)$/);
  });

  it('shows pods on a dead node as Unknown until they are evicted', () => {
    const w = seek(run, 120_000);
    const onDead = w.instances.filter((i) => i.node === 'node-1');
    expect(onDead.length).toBeGreaterThan(0);
    for (const i of onDead) {
      expect(i.phase).toBe('Unknown');
      expect(i.reason).toBe('NodeLost');
    }
    // The control plane has not noticed yet (50 s grace period from 100 s).
    expect(w.nodes[0].state).toBe('unreachable');
    expect(seek(run, 160_000).nodes[0].state).toBe('notReady');
  });

  it('has the edges with their breakers and the machines of every entity', () => {
    const w = seek(run, 5_000);
    expect(w.edges.map((e) => e.name).sort()).toEqual(['users→web', 'web→api']);
    expect(w.edges.find((e) => e.name === 'web→api')?.breaker).toBe('closed');
    expect(w.machines['web→api'].kind).toBe('breaker');
    expect(w.machines['node-1'].kind).toBe('node');
    expect(w.machines['api/autoscaler'].kind).toBe('autoscaler');
    expect(w.services.find((s) => s.name === 'api')?.autoscaler).not.toBeNull();
  });

  it('lists the attempts in flight and the ones just answered, for requests drawn moving along edges', () => {
    const slow = simulate(
      specOf({
        duration: '20s',
        cluster: { nodes: 1, node: { cpu: 16 } },
        services: {
          front: { cpu: 2, work: '1ms', calls: ['back'] },
          back: { cpu: 4, concurrency: 100, work: '500ms' },
        },
        traffic: { users: { to: 'front', rate: 20 } },
      }),
    );
    const w = seek(slow, 10_000);
    const calls = Array.from({ length: w.calls.count }, (_, i) => ({
      edge: w.edges[w.calls.edge[i]].name,
      start: w.calls.start[i],
      end: w.calls.end[i],
      outcome: callOutcome(w.calls, i),
    }));
    const open = calls.filter((c) => c.end < 0);
    // About 20/s x 0.5 s = 10 calls to back in flight, and as many client requests waiting on front.
    expect(open.filter((c) => c.edge === 'front→back').length).toBeGreaterThan(3);
    for (const c of open) {
      expect(c.outcome).toBe('open');
      expect(c.start).toBeLessThanOrEqual(10_000);
    }
    const answered = calls.filter((c) => c.end >= 0);
    expect(answered.length).toBeGreaterThan(0);
    for (const c of answered) {
      expect(c.end).toBeLessThanOrEqual(10_000);
      expect(c.end).toBeGreaterThanOrEqual(c.start);
      expect(c.outcome).toBe('ok');
    }
  });
});
