import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type ActorRefFrom } from 'xstate';
import { autoscalerMachine, type AutoscalerEvent } from '../../../src/sim/autoscaler.machine.ts';

type HpaActor = ActorRefFrom<typeof autoscalerMachine>;

function boot(replicas: number): HpaActor {
  const actor = createActor(autoscalerMachine, {
    clock: new SimulatedClock(),
    input: { replicas },
  });
  actor.start();
  return actor;
}

/** A sync where every one of `current` pods is ready, target 50 (e.g. % CPU). */
function sync(
  over: Partial<AutoscalerEvent> & { current: number; metric: number },
): AutoscalerEvent {
  return {
    type: 'SYNC',
    t: 0,
    ready: over.current,
    unready: 0,
    target: 50,
    tolerance: 0.1,
    min: 1,
    max: 50,
    scaleDownWindowMs: 300_000,
    ...over,
  };
}

function decide(actor: HpaActor, event: AutoscalerEvent) {
  actor.send(event);
  const snap = actor.getSnapshot();
  return { state: snap.value, desired: snap.context.desired };
}

describe('autoscaler machine', () => {
  it('starts stable, asking for the replicas it was given', () => {
    const actor = boot(3);
    expect(actor.getSnapshot().value).toBe('stable');
    expect(actor.getSnapshot().context.desired).toBe(3);
    expect(actor.getSnapshot().context.history).toEqual([]);
  });

  it('scales up to ceil(current × metric / target)', () => {
    // 4 × 90 / 50 = 7.2 → 8
    const actor = boot(4);
    expect(decide(actor, sync({ current: 4, metric: 90 }))).toEqual({
      state: 'scalingUp',
      desired: 8,
    });
    expect(actor.getSnapshot().context.lastMetric).toBe(90);
    expect(actor.getSnapshot().context.lastRatio).toBeCloseTo(1.8, 12);
  });

  it('does nothing while the ratio is within the tolerance of 1', () => {
    const actor = boot(4);
    expect(decide(actor, sync({ current: 4, metric: 54 }))).toEqual({
      state: 'stable',
      desired: 4,
    });
    expect(decide(actor, sync({ current: 4, metric: 46, t: 15_000 }))).toEqual({
      state: 'stable',
      desired: 4,
    });
    // 1.12 is outside ±0.1: 4 × 1.12 = 4.48 → 5
    expect(decide(actor, sync({ current: 4, metric: 56, t: 30_000 }))).toEqual({
      state: 'scalingUp',
      desired: 5,
    });
  });

  it('comes back to stable once the metric is on target', () => {
    const actor = boot(4);
    decide(actor, sync({ current: 4, metric: 90 }));
    expect(decide(actor, sync({ current: 8, metric: 50, t: 15_000 }))).toEqual({
      state: 'stable',
      desired: 8,
    });
  });

  it('adds at most max(100%, 4 pods) per sync', () => {
    // 2 pods at 5× target want 10: limited to max(2 × 2, 2 + 4) = 6.
    expect(decide(boot(2), sync({ current: 2, metric: 250 }))).toEqual({
      state: 'scalingUp',
      desired: 6,
    });
    // 10 pods at 3× target want 30: limited to max(10 × 2, 10 + 4) = 20.
    expect(decide(boot(10), sync({ current: 10, metric: 150 }))).toEqual({
      state: 'scalingUp',
      desired: 20,
    });
  });

  it('stays within [min, max]', () => {
    // 8 × 100 / 50 = 16, max 12
    expect(decide(boot(8), sync({ current: 8, metric: 100, max: 12 }))).toEqual({
      state: 'scalingUp',
      desired: 12,
    });
    // 4 × 5 / 50 = 0.4 → 1, min 2
    expect(decide(boot(4), sync({ current: 4, metric: 5, min: 2 }))).toEqual({
      state: 'scalingDown',
      desired: 2,
    });
    // On target but below min: brought up to min.
    expect(decide(boot(1), sync({ current: 1, metric: 50, min: 3 }))).toEqual({
      state: 'scalingUp',
      desired: 3,
    });
  });

  it('scales down to the recommendation when the window holds nothing higher', () => {
    // 10 × 20 / 50 = 4
    expect(decide(boot(10), sync({ current: 10, metric: 20 }))).toEqual({
      state: 'scalingDown',
      desired: 4,
    });
  });

  it('scales down only as far as the highest recommendation of the last five minutes', () => {
    const actor = boot(10);
    expect(decide(actor, sync({ current: 10, metric: 50, t: 0 }))).toEqual({
      state: 'stable',
      desired: 10,
    });
    // Wants 4, but 10 was recommended 60 s ago.
    expect(decide(actor, sync({ current: 10, metric: 20, t: 60_000 }))).toEqual({
      state: 'stable',
      desired: 10,
    });
    // Wants 6 (10 × 30 / 50) later on: 10 is still in the window.
    expect(decide(actor, sync({ current: 10, metric: 30, t: 299_000 }))).toEqual({
      state: 'stable',
      desired: 10,
    });
    // Past five minutes the 10 has left the window; the highest left is 6.
    expect(decide(actor, sync({ current: 10, metric: 20, t: 301_000 }))).toEqual({
      state: 'scalingDown',
      desired: 6,
    });
    // Once the 6 has left too, 6 pods at 25 want 3, but 4 (from t = 301 s) is still in the window.
    expect(decide(actor, sync({ current: 6, metric: 25, t: 600_000 }))).toEqual({
      state: 'scalingDown',
      desired: 4,
    });
  });

  it('counts pods that are not ready yet as 0% when scaling up', () => {
    // 3 ready at 70 and 1 starting: (3 × 70 + 0) / (4 × 50) = 1.05, within tolerance.
    expect(decide(boot(4), sync({ current: 4, ready: 3, unready: 1, metric: 70 }))).toEqual({
      state: 'stable',
      desired: 4,
    });
    // 2 ready at 150 and 2 starting: (2 × 150) / (4 × 50) = 1.5 → 4 × 1.5 = 6.
    const actor = boot(4);
    expect(decide(actor, sync({ current: 4, ready: 2, unready: 2, metric: 150 }))).toEqual({
      state: 'scalingUp',
      desired: 6,
    });
    expect(actor.getSnapshot().context.lastRatio).toBeCloseTo(1.5, 12);
  });

  it('keeps the replicas when no pod reports the metric', () => {
    expect(decide(boot(3), sync({ current: 3, ready: 0, unready: 3, metric: 0 }))).toEqual({
      state: 'stable',
      desired: 3,
    });
  });
});
