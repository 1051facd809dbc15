import { describe, expect, it } from 'vitest';
import { seek, simulate } from '../../../src/sim/simulate.ts';
import { specOf } from '../helpers/runWorld.ts';

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
});
