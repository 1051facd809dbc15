import { describe, expect, it } from 'vitest';
import {
  createWindow,
  recordOutcome,
  resetWindow,
  windowAt,
  type SlidingWindow,
} from '../../../src/sim/slidingWindow.ts';
import { createStream, nextRandom } from '../../../src/sim/randomStream.ts';

function totals(w: SlidingWindow): [number, number, number] {
  return [w.calls, w.failed, w.slow];
}

describe('count window', () => {
  it('keeps only the last N outcomes', () => {
    const w = createWindow('count', 3);
    recordOutcome(w, 0, false, false); // ok
    recordOutcome(w, 0, true, false); // failed
    expect(totals(w)).toEqual([2, 1, 0]);
    recordOutcome(w, 0, false, true); // slow
    recordOutcome(w, 0, true, true); // slow and failed
    // Last 3: failed, slow, slow+failed.
    expect(totals(w)).toEqual([3, 2, 2]);
    recordOutcome(w, 0, false, false);
    // Last 3: slow, slow+failed, ok.
    expect(totals(w)).toEqual([3, 1, 2]);
    recordOutcome(w, 0, false, false);
    expect(totals(w)).toEqual([3, 1, 1]);
    recordOutcome(w, 0, false, false);
    expect(totals(w)).toEqual([3, 0, 0]);
  });

  it('agrees with a recount of the last N outcomes on a random sequence', () => {
    const rng = createStream(2, 'count-window');
    const size = 7;
    const w = createWindow('count', size);
    const history: [boolean, boolean][] = [];
    for (let i = 0; i < 500; i++) {
      const failed = nextRandom(rng) < 0.3;
      const slow = nextRandom(rng) < 0.2;
      recordOutcome(w, i * 10, failed, slow);
      history.push([failed, slow]);
      const last = history.slice(-size);
      expect(totals(w)).toEqual([
        last.length,
        last.filter(([f]) => f).length,
        last.filter(([, s]) => s).length,
      ]);
    }
  });

  it('ignores time: windowAt does not drop anything', () => {
    const w = createWindow('count', 5);
    recordOutcome(w, 0, true, false);
    expect(windowAt(w, 1e9)).toBe(w);
    expect(totals(w)).toEqual([1, 1, 0]);
  });

  it('rounds its size down, with at least one slot', () => {
    expect(createWindow('count', 2.7).size).toBe(2);
    expect(createWindow('time', 0).size).toBe(1);
  });
});

describe('time window', () => {
  it('sums the buckets of the last N seconds and drops older ones', () => {
    const w = createWindow('time', 10);
    recordOutcome(w, 0, true, false); // second 0
    recordOutcome(w, 5_500, false, false); // second 5
    recordOutcome(w, 5_900, false, false); // second 5
    recordOutcome(w, 9_999, false, true); // second 9
    expect(totals(w)).toEqual([4, 1, 1]);
    // At second 10 the window holds seconds 1..10: second 0 is gone.
    windowAt(w, 10_000);
    expect(totals(w)).toEqual([3, 0, 1]);
    // At second 15 it holds 6..15: second 5 is gone.
    windowAt(w, 15_000);
    expect(totals(w)).toEqual([1, 0, 1]);
    // Second 18 still holds second 9; second 19 does not.
    windowAt(w, 18_999);
    expect(totals(w)).toEqual([1, 0, 1]);
    windowAt(w, 19_000);
    expect(totals(w)).toEqual([0, 0, 0]);
  });

  it('drops everything after a long quiet gap, then counts afresh', () => {
    const w = createWindow('time', 5);
    for (let t = 0; t < 5_000; t += 250) recordOutcome(w, t, true, true);
    expect(totals(w)).toEqual([20, 20, 20]);
    recordOutcome(w, 60_000, false, false);
    expect(totals(w)).toEqual([1, 0, 0]);
  });

  it('windowAt returns the window itself, brought up to date', () => {
    const w = createWindow('time', 3);
    recordOutcome(w, 1_000, true, false);
    expect(windowAt(w, 2_000)).toBe(w);
    expect(w.failed).toBe(1);
    expect(windowAt(w, 4_000).failed).toBe(0);
  });

  it('agrees with a recount over the last N seconds on random times', () => {
    const rng = createStream(9, 'time-window');
    const size = 4;
    const w = createWindow('time', size);
    const history: { second: number; failed: boolean; slow: boolean }[] = [];
    let t = 0;
    for (let i = 0; i < 600; i++) {
      t += Math.floor(nextRandom(rng) * (nextRandom(rng) < 0.05 ? 8_000 : 700));
      const failed = nextRandom(rng) < 0.4;
      const slow = nextRandom(rng) < 0.25;
      recordOutcome(w, t, failed, slow);
      const second = Math.floor(t / 1000);
      history.push({ second, failed, slow });
      const inWindow = history.filter((h) => h.second > second - size);
      expect(totals(w)).toEqual([
        inWindow.length,
        inWindow.filter((h) => h.failed).length,
        inWindow.filter((h) => h.slow).length,
      ]);
    }
  });
});

describe('resetWindow', () => {
  it('empties a count window but keeps its type and size', () => {
    const w = createWindow('count', 2);
    recordOutcome(w, 0, true, true);
    recordOutcome(w, 0, true, true);
    recordOutcome(w, 0, true, true);
    resetWindow(w);
    expect(w.type).toBe('count');
    expect(w.size).toBe(2);
    expect(totals(w)).toEqual([0, 0, 0]);
    recordOutcome(w, 0, false, false);
    recordOutcome(w, 0, true, false);
    recordOutcome(w, 0, false, false);
    expect(totals(w)).toEqual([2, 1, 0]);
  });

  it('empties a time window', () => {
    const w = createWindow('time', 10);
    recordOutcome(w, 3_000, true, false);
    recordOutcome(w, 4_000, true, true);
    resetWindow(w);
    expect(w.type).toBe('time');
    expect(w.size).toBe(10);
    expect(totals(w)).toEqual([0, 0, 0]);
    recordOutcome(w, 5_000, false, true);
    expect(totals(w)).toEqual([1, 0, 1]);
    windowAt(w, 15_000);
    expect(totals(w)).toEqual([0, 0, 0]);
  });
});
