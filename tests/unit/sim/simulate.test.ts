import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/sim/engine.ts';
import { divergence, rerun, runOf, seek, simulate } from '../../../src/sim/simulate.ts';
import type { TimedAction } from '../../../src/sim/worldSpec.ts';
import { worldView } from '../../../src/sim/worldView.ts';
import { specOf } from '../helpers/runWorld.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';

const shop: Scenario = {
  duration: '3m',
  cluster: { nodes: 3 },
  services: {
    gateway: {
      replicas: 2,
      cpu: 1,
      work: { p50: '3ms', p99: '20ms' },
      calls: [{ to: 'orders', timeout: '400ms', retries: 2 }],
    },
    orders: {
      replicas: 3,
      cpu: 1,
      work: { p50: '8ms', p99: '60ms' },
      calls: [
        {
          to: 'payments',
          timeout: '300ms',
          breaker: { minimumCalls: 20, window: 40, waitInOpen: '5s' },
        },
      ],
    },
    payments: { replicas: 2, cpu: 1, work: { mean: '15ms' } },
  },
  traffic: { users: { to: 'gateway', rate: 60 } },
  faults: [
    { at: '40s', slow: 'payments', by: '500ms', for: '30s' },
    { at: '100s', kill: 'node-2' },
  ],
  traceSampling: '5%',
};

describe('simulate', () => {
  it('gives the same run, bit for bit, for the same input', () => {
    const spec = specOf(shop);
    const a = simulate(spec);
    const b = simulate(spec);
    expect(a.hash).toBe(b.hash);
    expect(a.events).toBe(b.events);
    expect(a.out.services.orders.p99).toEqual(b.out.services.orders.p99);
    expect(a.out.log).toEqual(b.out.log);
  });

  it('gives a different run for another seed', () => {
    const spec = specOf(shop);
    expect(simulate({ ...spec, seed: 2 }).hash).not.toBe(simulate(spec).hash);
  });

  it('re-running from a checkpoint with an intervention equals a full run with it', () => {
    const spec = specOf(shop);
    const base = simulate(spec);
    const interventions: TimedAction[] = [
      { atMs: 72_500, action: { type: 'killInstance', instance: 'orders-2' } },
      {
        atMs: 130_000,
        action: { type: 'errorRate', service: 'payments', rate: 0.3, durationMs: 10_000 },
      },
    ];
    const full = simulate(spec, { interventions });
    const again = rerun(base, interventions);
    expect(again.hash).toBe(full.hash);
    expect(again.events).toBe(full.events);
    expect(again.out.services.payments.requests).toEqual(full.out.services.payments.requests);
    expect(again.out.log).toEqual(full.out.log);
    expect(again.out.traces).toEqual(full.out.traces);
    expect(again.hash).not.toBe(base.hash);
    // Undo: removing the interventions gives the original run back.
    const undone = rerun(again, []);
    expect(undone.hash).toBe(base.hash);
    expect(undone.out.log).toEqual(base.out.log);
  });

  it('finds where two intervention lists first differ', () => {
    const a: TimedAction = { atMs: 5000, action: { type: 'killNode', node: 'node-1' } };
    const b: TimedAction = { atMs: 9000, action: { type: 'killNode', node: 'node-2' } };
    expect(divergence([a], [a])).toBe(Infinity);
    expect(divergence([a], [a, b])).toBe(9000);
    expect(divergence([a, b], [b])).toBe(5000);
  });

  it('seeks to any moment: the world equals a run stopped there', () => {
    const spec = specOf(shop);
    const run = simulate(spec);
    for (const t of [0, 999, 41_234, 99_999, 100_000, 155_555, 180_000]) {
      const engine = new Engine(spec, { checkpoints: false });
      engine.advance(t + 1);
      const expected = worldView(engine);
      expected.t = t;
      expect(seek(run, t)).toEqual(expected);
    }
  });

  it('seeks past a node added by a fault', () => {
    const spec = specOf({
      duration: '2m',
      cluster: { nodes: 1 },
      services: { web: { replicas: 1 } },
      traffic: { users: { to: 'web', rate: 5 } },
      faults: [
        { at: '10s', addNode: { name: 'node-9' } },
        { at: '90s', scale: 'web', replicas: 3 },
      ],
    });
    const run = simulate(spec);
    for (const t of [5_000, 75_000, 119_000]) {
      const engine = new Engine(spec, { checkpoints: false });
      engine.advance(t + 1);
      const expected = worldView(engine);
      expected.t = t;
      expect(seek(run, t)).toEqual(expected);
    }
  });

  it('runOf reports totals that add up', () => {
    const run = simulate(specOf(shop));
    for (const t of Object.values(run.services)) {
      expect(t.completed + t.failed).toBeLessThanOrEqual(t.requests);
      expect(t.failed).toBe(Object.values(t.failedBy).reduce((a, b) => a + b, 0));
    }
    const engine = new Engine(specOf(shop));
    engine.advance(30_000);
    expect(runOf(engine).t).toBe(30_000);
  });
});
