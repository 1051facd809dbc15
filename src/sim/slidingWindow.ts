/**
 * A sliding window of call outcomes as plain data: either the last N calls
 * (count-based) or the last N one-second buckets (time-based), as
 * resilience4j's circuit breaker keeps them.
 */
export interface SlidingWindow {
  type: 'count' | 'time';
  size: number;
  /** Count window: ring of outcome codes (0 ok, 1 failed, 2 slow, 3 slow and failed). */
  ring: number[];
  head: number;
  /** Time window: per-bucket totals, and the second each bucket holds. */
  bucketSecond: number[];
  bucketCalls: number[];
  bucketFailed: number[];
  bucketSlow: number[];
  /** The second the time window was last brought up to. */
  lastSecond: number;
  calls: number;
  failed: number;
  slow: number;
}

export function createWindow(type: 'count' | 'time', size: number): SlidingWindow {
  const n = Math.max(1, Math.floor(size));
  return {
    type,
    size: n,
    ring: [],
    head: 0,
    bucketSecond: type === 'time' ? new Array(n).fill(-1) : [],
    bucketCalls: type === 'time' ? new Array(n).fill(0) : [],
    bucketFailed: type === 'time' ? new Array(n).fill(0) : [],
    bucketSlow: type === 'time' ? new Array(n).fill(0) : [],
    lastSecond: -1,
    calls: 0,
    failed: 0,
    slow: 0,
  };
}

function expire(w: SlidingWindow, second: number): void {
  if (second === w.lastSecond) return;
  w.lastSecond = second;
  // Drop buckets older than the window; reuse the slot of this second.
  const slot = second % w.size;
  if (w.bucketSecond[slot] !== second) {
    w.calls -= w.bucketCalls[slot];
    w.failed -= w.bucketFailed[slot];
    w.slow -= w.bucketSlow[slot];
    w.bucketCalls[slot] = 0;
    w.bucketFailed[slot] = 0;
    w.bucketSlow[slot] = 0;
    w.bucketSecond[slot] = second;
  }
  // Buckets that are too old but were not reused yet.
  for (let i = 0; i < w.size; i++) {
    if (w.bucketSecond[i] >= 0 && w.bucketSecond[i] <= second - w.size) {
      w.calls -= w.bucketCalls[i];
      w.failed -= w.bucketFailed[i];
      w.slow -= w.bucketSlow[i];
      w.bucketCalls[i] = 0;
      w.bucketFailed[i] = 0;
      w.bucketSlow[i] = 0;
      w.bucketSecond[i] = -1;
    }
  }
}

/** Records one outcome at simulated time `t`. */
export function recordOutcome(w: SlidingWindow, t: number, failed: boolean, slow: boolean): void {
  if (w.type === 'count') {
    const code = (failed ? 1 : 0) | (slow ? 2 : 0);
    if (w.ring.length < w.size) {
      w.ring.push(code);
    } else {
      const old = w.ring[w.head];
      w.calls--;
      if (old & 1) w.failed--;
      if (old & 2) w.slow--;
      w.ring[w.head] = code;
      w.head = (w.head + 1) % w.size;
    }
  } else {
    const second = Math.floor(t / 1000);
    expire(w, second);
    const slot = second % w.size;
    w.bucketCalls[slot]++;
    if (failed) w.bucketFailed[slot]++;
    if (slow) w.bucketSlow[slot]++;
  }
  w.calls++;
  if (failed) w.failed++;
  if (slow) w.slow++;
}

/** Brings a time window up to `t` (drops old buckets) without recording. */
export function windowAt(w: SlidingWindow, t: number): SlidingWindow {
  if (w.type === 'time') expire(w, Math.floor(t / 1000));
  return w;
}

export function resetWindow(w: SlidingWindow): void {
  const fresh = createWindow(w.type, w.size);
  Object.assign(w, fresh);
}
