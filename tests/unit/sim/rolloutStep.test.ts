import { describe, expect, it } from 'vitest';
import { planRollout, resolveBound } from '../../../src/sim/rolloutStep.ts';

describe('resolveBound', () => {
  it('returns absolute numbers as they are', () => {
    expect(resolveBound({ value: 2, percent: false }, 10, true)).toBe(2);
    expect(resolveBound({ value: 2, percent: false }, 10, false)).toBe(2);
    expect(resolveBound({ value: 0, percent: false }, 3, true)).toBe(0);
  });

  it('rounds a percentage up for maxSurge and down for maxUnavailable', () => {
    // 25% of 4 = 1 exactly.
    expect(resolveBound({ value: 25, percent: true }, 4, true)).toBe(1);
    expect(resolveBound({ value: 25, percent: true }, 4, false)).toBe(1);
    // 25% of 10 = 2.5.
    expect(resolveBound({ value: 25, percent: true }, 10, true)).toBe(3);
    expect(resolveBound({ value: 25, percent: true }, 10, false)).toBe(2);
    // 25% of 5 = 1.25; 25% of 3 = 0.75.
    expect(resolveBound({ value: 25, percent: true }, 5, true)).toBe(2);
    expect(resolveBound({ value: 25, percent: true }, 5, false)).toBe(1);
    expect(resolveBound({ value: 25, percent: true }, 3, true)).toBe(1);
    expect(resolveBound({ value: 25, percent: true }, 3, false)).toBe(0);
    // Kubernetes docs: 30% of 10 is 3 both ways.
    expect(resolveBound({ value: 30, percent: true }, 10, true)).toBe(3);
    expect(resolveBound({ value: 30, percent: true }, 10, false)).toBe(3);
    expect(resolveBound({ value: 100, percent: true }, 7, false)).toBe(7);
    // 0% rounds up to zero (Math.ceil of a hair below 0 gives -0, which is zero all the same).
    expect(resolveBound({ value: 0, percent: true }, 7, true) === 0).toBe(true);
    expect(resolveBound({ value: 0, percent: true }, 7, false)).toBe(0);
  });
});

describe('planRollout', () => {
  // 4 replicas with maxSurge 25% (→ 1) and maxUnavailable 25% (→ 1): at most 5
  // instances, at least 3 available.
  const base = { desired: 4, maxSurge: 1, maxUnavailable: 1 };

  it('starts a rollout: one new instance, one old one removed', () => {
    // 4 old ready. Create 1 (total 5 = 4 + surge). Then 5 - 3 (min available) - 1 (new
    // one not ready) = 1 old may go, leaving 3 old ready.
    expect(planRollout({ ...base, newCount: 0, newReady: 0, oldCount: 4, oldReady: 4 })).toEqual({
      create: 1,
      removeUnready: 0,
      removeReady: 1,
      done: false,
    });
  });

  it('walks a whole rollout step by step', () => {
    // 1 new (not ready), 3 old ready: one more new fits under 5; nothing can go
    // (5 - 3 - 2 unready new = 0).
    expect(planRollout({ ...base, newCount: 1, newReady: 0, oldCount: 3, oldReady: 3 })).toEqual({
      create: 1,
      removeUnready: 0,
      removeReady: 0,
      done: false,
    });
    // Both new ones ready: 5 - 3 - 0 = 2 old ones may go.
    expect(planRollout({ ...base, newCount: 2, newReady: 2, oldCount: 3, oldReady: 3 })).toEqual({
      create: 0,
      removeUnready: 0,
      removeReady: 2,
      done: false,
    });
    // 2 new ready, 1 old: create the last 2 (total 5); 5 - 3 - 2 = 0 to remove.
    expect(planRollout({ ...base, newCount: 2, newReady: 2, oldCount: 1, oldReady: 1 })).toEqual({
      create: 2,
      removeUnready: 0,
      removeReady: 0,
      done: false,
    });
    // All 4 new ready: the last old one goes.
    expect(planRollout({ ...base, newCount: 4, newReady: 4, oldCount: 1, oldReady: 1 })).toEqual({
      create: 0,
      removeUnready: 0,
      removeReady: 1,
      done: false,
    });
  });

  it('is done when no old instance is left and every new one is ready', () => {
    expect(planRollout({ ...base, newCount: 4, newReady: 4, oldCount: 0, oldReady: 0 })).toEqual({
      create: 0,
      removeUnready: 0,
      removeReady: 0,
      done: true,
    });
    // Not while a new one is still warming up.
    expect(planRollout({ ...base, newCount: 4, newReady: 3, oldCount: 0, oldReady: 0 }).done).toBe(
      false,
    );
  });

  it('stalls when the new instances never become ready', () => {
    // 2 new never ready, 3 old ready: 5 instances (the surge limit), and only the 3
    // old ones available (the minimum): nothing to create, nothing to remove.
    expect(planRollout({ ...base, newCount: 2, newReady: 0, oldCount: 3, oldReady: 3 })).toEqual({
      create: 0,
      removeUnready: 0,
      removeReady: 0,
      done: false,
    });
  });

  it('removes old instances that are not ready before ready ones', () => {
    // 4 old, 2 of them not ready. Create 1 → total 5; budget 5 - 3 - 1 = 1: an unready one.
    expect(planRollout({ ...base, newCount: 0, newReady: 0, oldCount: 4, oldReady: 2 })).toEqual({
      create: 1,
      removeUnready: 1,
      removeReady: 0,
      done: false,
    });
    // All new ready, 2 old of which 1 ready: budget 6 - 3 - 0 = 3, both old go, unready first.
    expect(planRollout({ ...base, newCount: 4, newReady: 4, oldCount: 2, oldReady: 1 })).toEqual({
      create: 0,
      removeUnready: 1,
      removeReady: 1,
      done: false,
    });
  });

  it('with maxSurge 0 removes first, then creates', () => {
    // 10 replicas, maxSurge 0, maxUnavailable 2 (25% rounded down).
    const c = { desired: 10, maxSurge: 0, maxUnavailable: 2 };
    expect(planRollout({ ...c, newCount: 0, newReady: 0, oldCount: 10, oldReady: 10 })).toEqual({
      create: 0,
      removeUnready: 0,
      removeReady: 2,
      done: false,
    });
    expect(planRollout({ ...c, newCount: 0, newReady: 0, oldCount: 8, oldReady: 8 })).toEqual({
      create: 2,
      removeUnready: 0,
      removeReady: 0,
      done: false,
    });
  });

  it('never creates more new instances than desired', () => {
    expect(
      planRollout({ ...base, newCount: 4, newReady: 1, oldCount: 0, oldReady: 0 }).create,
    ).toBe(0);
  });

  it('keeps going when both bounds are 0, by letting one instance be unavailable', () => {
    const plan = planRollout({
      desired: 3,
      maxSurge: 0,
      maxUnavailable: 0,
      newCount: 0,
      newReady: 0,
      oldCount: 3,
      oldReady: 3,
    });
    expect(plan).toEqual({ create: 0, removeUnready: 0, removeReady: 1, done: false });
  });

  it('never lets availability fall under desired - maxUnavailable, nor exceed the surge', () => {
    // Exhaustive over small situations: after the plan, ready instances that remain
    // (new ready + old ready not removed) stay >= the minimum whenever they were, and the
    // total after creating stays within desired + maxSurge when it was.
    for (let desired = 1; desired <= 5; desired++) {
      for (let surge = 0; surge <= 2; surge++) {
        for (let unavailable = 0; unavailable <= 2; unavailable++) {
          for (let newCount = 0; newCount <= desired; newCount++) {
            for (let newReady = 0; newReady <= newCount; newReady++) {
              for (let oldCount = 0; oldCount <= desired + surge - newCount; oldCount++) {
                for (let oldReady = 0; oldReady <= oldCount; oldReady++) {
                  const c = {
                    desired,
                    maxSurge: surge,
                    maxUnavailable: unavailable,
                    newCount,
                    newReady,
                    oldCount,
                    oldReady,
                  };
                  const p = planRollout(c);
                  const minAvailable =
                    desired - (surge === 0 && unavailable === 0 ? 1 : unavailable);
                  const availableAfter = newReady + oldReady - p.removeReady;
                  if (newReady + oldReady >= minAvailable) {
                    expect(availableAfter).toBeGreaterThanOrEqual(minAvailable);
                  } else {
                    expect(p.removeReady).toBe(0);
                  }
                  expect(newCount + p.create + oldCount).toBeLessThanOrEqual(desired + surge);
                  expect(p.removeUnready).toBeLessThanOrEqual(oldCount - oldReady);
                  expect(p.removeReady).toBeLessThanOrEqual(oldReady);
                  if (p.removeReady > 0) expect(p.removeUnready).toBe(oldCount - oldReady);
                }
              }
            }
          }
        }
      }
    }
  });
});
