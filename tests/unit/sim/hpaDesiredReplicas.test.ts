import { describe, expect, it } from 'vitest';
import { hpaDesiredReplicas, type HpaInput } from '../../../src/sim/hpaDesiredReplicas.ts';

function input(over: Partial<HpaInput>): HpaInput {
  return {
    t: 60_000,
    current: 4,
    ready: 4,
    unready: 0,
    metric: 50,
    target: 50,
    tolerance: 0.1,
    min: 1,
    max: 100,
    scaleDownWindowMs: 300_000,
    ...over,
  };
}

describe('hpaDesiredReplicas', () => {
  it('keeps the replicas while metric/target is within the tolerance of 1', () => {
    for (const metric of [46, 50, 54]) {
      const d = hpaDesiredReplicas(input({ metric }), []);
      expect(d.recommendation).toBe(4);
      expect(d.desired).toBe(4);
      expect(d.ratio).toBeCloseTo(metric / 50, 12);
    }
  });

  it('scales to ceil(ratio × ready pods)', () => {
    // 75/50 = 1.5 × 4 = 6.
    expect(hpaDesiredReplicas(input({ metric: 75 }), []).desired).toBe(6);
    // 60/50 = 1.2 × 4 = 4.8 → 5.
    expect(hpaDesiredReplicas(input({ metric: 60 }), []).desired).toBe(5);
    // 66/50 = 1.32 × 10 = 13.2 → 14 (the limit would be max(20, 14)).
    const d = hpaDesiredReplicas(input({ current: 10, ready: 10, metric: 66 }), []);
    expect(d.recommendation).toBe(14);
    expect(d.desired).toBe(14);
    // Scale down: 20/50 = 0.4 × 4 = 1.6 → 2 (no history).
    expect(hpaDesiredReplicas(input({ metric: 20 }), []).desired).toBe(2);
  });

  it('counts unready pods as 0% when scaling up', () => {
    // 10 pods, 8 ready at 100 against a target of 50, 2 starting:
    // as if at 0%: 8 × 100 / (50 × 10) = 1.6 over 10 pods → 16.
    const d = hpaDesiredReplicas(
      input({ current: 10, ready: 8, unready: 2, metric: 100, target: 50 }),
      [],
    );
    expect(d.ratio).toBeCloseTo(1.6, 12);
    expect(d.recommendation).toBe(16);
    expect(d.desired).toBe(16);
  });

  it('drops a scale-up that the unready pods bring within the tolerance', () => {
    // 8 ready at 66 (target 50) and 2 starting: without them ceil(1.32 × 8) = 11 > 10.
    // With them at 0%: 8 × 66 / (50 × 10) = 1.056, within 0.1 of 1: no change.
    const d = hpaDesiredReplicas(
      input({ current: 10, ready: 8, unready: 2, metric: 66, target: 50 }),
      [],
    );
    expect(d.ratio).toBeCloseTo(1.056, 12);
    expect(d.recommendation).toBe(10);
    expect(d.desired).toBe(10);
    // The same pods all ready would scale up.
    const allReady = hpaDesiredReplicas(
      input({ current: 10, ready: 8, unready: 0, metric: 66, target: 50 }),
      [],
    );
    expect(allReady.recommendation).toBe(11);
  });

  it('drops a scale-up that the unready pods turn into a scale-down', () => {
    // 2 ready at 60 (ratio 1.2), 6 starting: 2 × 60 / (50 × 8) = 0.3 < 1: keep 8.
    const d = hpaDesiredReplicas(
      input({ current: 8, ready: 2, unready: 6, metric: 60, target: 50 }),
      [],
    );
    expect(d.ratio).toBeCloseTo(0.3, 12);
    expect(d.recommendation).toBe(8);
    expect(d.desired).toBe(8);
  });

  it('scales down only to the highest recommendation within the window', () => {
    const history = [
      { t: 0, replicas: 9 }, // older than 400 s - 300 s: forgotten
      { t: 200_000, replicas: 6 },
      { t: 300_000, replicas: 5 },
    ];
    // 8 ready at 20 against 50: 0.4 × 8 = 3.2 → 4.
    const d = hpaDesiredReplicas(input({ t: 400_000, current: 8, ready: 8, metric: 20 }), history);
    expect(d.recommendation).toBe(4);
    expect(d.desired).toBe(6);
    expect(d.history).toEqual([
      { t: 200_000, replicas: 6 },
      { t: 300_000, replicas: 5 },
      { t: 400_000, replicas: 4 },
    ]);
    // Once the window has moved past the 6 and the 5, the scale-down goes all the way.
    const later = hpaDesiredReplicas(
      input({ t: 610_000, current: 6, ready: 6, metric: 20 }),
      d.history,
    );
    // 0.4 × 6 = 2.4 → 3; the window (310 s, 610 s] holds 4 and 3.
    expect(later.recommendation).toBe(3);
    expect(later.desired).toBe(4);
  });

  it('does not scale up because of a high recommendation in the window', () => {
    const d = hpaDesiredReplicas(input({ t: 100_000, current: 8, ready: 8, metric: 20 }), [
      { t: 90_000, replicas: 12 },
    ]);
    expect(d.desired).toBe(8);
  });

  it('does not hold scale-ups back with the window', () => {
    const d = hpaDesiredReplicas(input({ t: 100_000, metric: 75 }), [{ t: 90_000, replicas: 2 }]);
    expect(d.desired).toBe(6);
  });

  it('scales up by at most max(2 × current, current + 4) per sync', () => {
    // 3 pods at 10× the target want 30; the limit is max(6, 7) = 7.
    const small = hpaDesiredReplicas(input({ current: 3, ready: 3, metric: 500 }), []);
    expect(small.recommendation).toBe(30);
    expect(small.desired).toBe(7);
    // 10 pods at 5× want 50; the limit is max(20, 14) = 20.
    const big = hpaDesiredReplicas(input({ current: 10, ready: 10, metric: 250 }), []);
    expect(big.recommendation).toBe(50);
    expect(big.desired).toBe(20);
  });

  it('stays within [min, max]', () => {
    expect(hpaDesiredReplicas(input({ metric: 75, max: 5 }), []).desired).toBe(5);
    // 5/50 = 0.1 × 4 = 0.4 → 1, but min is 2.
    expect(hpaDesiredReplicas(input({ metric: 5, min: 2 }), []).desired).toBe(2);
    // Below min with a steady metric: brought up to min.
    expect(hpaDesiredReplicas(input({ current: 1, ready: 1, min: 3 }), []).desired).toBe(3);
    // Above max: brought down to max.
    expect(hpaDesiredReplicas(input({ current: 9, ready: 9, max: 6 }), []).desired).toBe(6);
  });

  it('keeps the current replicas when no pod is ready', () => {
    const d = hpaDesiredReplicas(input({ current: 3, ready: 0, unready: 3, metric: 0 }), []);
    expect(d.recommendation).toBe(3);
    expect(d.desired).toBe(3);
    expect(d.ratio).toBe(1);
  });

  it('records this sync in the returned history without changing the given one', () => {
    const history = [{ t: 50_000, replicas: 4 }];
    const d = hpaDesiredReplicas(input({ t: 65_000, metric: 75 }), history);
    expect(d.history).toEqual([
      { t: 50_000, replicas: 4 },
      { t: 65_000, replicas: 6 },
    ]);
    expect(history).toEqual([{ t: 50_000, replicas: 4 }]);
  });
});
