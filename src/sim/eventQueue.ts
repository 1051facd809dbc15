/**
 * One scheduled happening in simulated time. Plain numbers only, so that the
 * whole queue can be copied into a checkpoint and restored exactly.
 */
export interface SimEvent {
  /** Simulated time in whole milliseconds. */
  t: number;
  /** Order of scheduling: breaks ties between events at the same `t`. */
  seq: number;
  /** What kind of event this is (an `EventKind` of the engine). */
  kind: number;
  /** First payload: usually the id of the entity the event is about. */
  a: number;
  /** Second payload: a generation or a second id. */
  b: number;
}

/**
 * A FIFO of events that all come a fixed delay after they were scheduled
 * (one network hop, one timeout value). Pushed in time order, so a FIFO is
 * already sorted: O(1) in and out instead of a heap's O(log n).
 */
export interface Lane {
  delay: number;
  /** A ring buffer: entry i lives at index i & mask; entries [head, tail) are waiting. */
  t: Float64Array;
  seq: Float64Array;
  kind: Int32Array;
  a: Float64Array;
  b: Float64Array;
  head: number;
  tail: number;
  mask: number;
}

function createLane(delay: number, capacity: number): Lane {
  return {
    delay,
    t: new Float64Array(capacity),
    seq: new Float64Array(capacity),
    kind: new Int32Array(capacity),
    a: new Float64Array(capacity),
    b: new Float64Array(capacity),
    head: 0,
    tail: 0,
    mask: capacity - 1,
  };
}

/** Doubles a full lane's ring, keeping its entries in order. */
function grow(lane: Lane): void {
  const bigger = createLane(lane.delay, (lane.mask + 1) * 2);
  for (let i = lane.head; i < lane.tail; i++) {
    const from = i & lane.mask;
    const to = i & bigger.mask;
    bigger.t[to] = lane.t[from];
    bigger.seq[to] = lane.seq[from];
    bigger.kind[to] = lane.kind[from];
    bigger.a[to] = lane.a[from];
    bigger.b[to] = lane.b[from];
  }
  lane.t = bigger.t;
  lane.seq = bigger.seq;
  lane.kind = bigger.kind;
  lane.a = bigger.a;
  lane.b = bigger.b;
  lane.mask = bigger.mask;
}

/**
 * The engine's future: a binary min-heap of events ordered by (time,
 * sequence), plus lanes for fixed delays. Plain data. Two events at the same
 * millisecond always come out in the order they were pushed, so a run is
 * reproducible bit for bit.
 */
export interface EventQueue {
  heap: SimEvent[];
  lanes: Lane[];
  /** Lane index by delay. */
  laneOf: Record<number, number>;
  nextSeq: number;
  /** Where the earliest event is, as found by the last `peekTime` (-1 heap, -2 nothing, -3 unknown). */
  pick: number;
}

export function createQueue(): EventQueue {
  return { heap: [], lanes: [], laneOf: {}, nextSeq: 0, pick: -3 };
}

/** Spent heap records, reused to spare the garbage collector (not part of any state). */
const spare: SimEvent[] = [];

/** Schedules an event at time `t` (whole milliseconds). */
export function pushEvent(queue: EventQueue, t: number, kind: number, a = 0, b = 0): void {
  queue.pick = -3;
  let event = spare.pop();
  if (event === undefined) event = { t, seq: queue.nextSeq++, kind, a, b };
  else {
    event.t = t;
    event.seq = queue.nextSeq++;
    event.kind = kind;
    event.a = a;
    event.b = b;
  }
  const heap = queue.heap;
  let i = heap.length;
  heap.push(event);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent];
    if (p.t < t || (p.t === t && p.seq < event.seq)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = event;
}

/** Schedules an event `delay` ms after `now`, in the lane of that delay. */
export function pushDelayed(
  queue: EventQueue,
  now: number,
  delay: number,
  kind: number,
  a = 0,
  b = 0,
): void {
  queue.pick = -3;
  let index = queue.laneOf[delay];
  if (index === undefined) {
    index = queue.lanes.length;
    queue.laneOf[delay] = index;
    queue.lanes.push(createLane(delay, 1024));
  }
  const lane = queue.lanes[index];
  if (lane.tail - lane.head > lane.mask) grow(lane);
  const i = lane.tail++ & lane.mask;
  lane.t[i] = now + delay;
  lane.seq[i] = queue.nextSeq++;
  lane.kind[i] = kind;
  lane.a[i] = a;
  lane.b[i] = b;
}

/** The time of the earliest event, or Infinity; remembers where it is for `popInto`. */
export function peekTime(queue: EventQueue): number {
  let bestLane = -2;
  let bestT = Infinity;
  let bestSeq = Infinity;
  if (queue.heap.length > 0) {
    bestT = queue.heap[0].t;
    bestSeq = queue.heap[0].seq;
    bestLane = -1;
  }
  const lanes = queue.lanes;
  for (let i = 0; i < lanes.length; i++) {
    const lane = lanes[i];
    if (lane.head === lane.tail) continue;
    const h = lane.head & lane.mask;
    const t = lane.t[h];
    if (t < bestT || (t === bestT && lane.seq[h] < bestSeq)) {
      bestT = t;
      bestSeq = lane.seq[h];
      bestLane = i;
    }
  }
  queue.pick = bestLane;
  return bestT;
}

function popHeap(queue: EventQueue): SimEvent {
  const heap = queue.heap;
  const n = heap.length;
  const top = heap[0];
  const last = heap.pop() as SimEvent;
  if (n > 1) {
    const size = n - 1;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      let c = l;
      let child = heap[l];
      if (r < size) {
        const right = heap[r];
        if (right.t < child.t || (right.t === child.t && right.seq < child.seq)) {
          c = r;
          child = right;
        }
      }
      if (last.t < child.t || (last.t === child.t && last.seq < child.seq)) break;
      heap[i] = child;
      i = c;
    }
    heap[i] = last;
  }
  return top;
}

/**
 * Removes the earliest event and copies it into `out` (no allocation).
 * Returns false when the queue is empty.
 */
export function popInto(queue: EventQueue, out: SimEvent): boolean {
  if (queue.pick === -3) peekTime(queue);
  const bestLane = queue.pick;
  queue.pick = -3;
  if (bestLane === -2) return false;
  const lanes = queue.lanes;
  if (bestLane === -1) {
    const e = popHeap(queue);
    out.t = e.t;
    out.seq = e.seq;
    out.kind = e.kind;
    out.a = e.a;
    out.b = e.b;
    if (spare.length < 65536) spare.push(e);
    return true;
  }
  const lane = lanes[bestLane];
  const h = lane.head++ & lane.mask;
  out.t = lane.t[h];
  out.seq = lane.seq[h];
  out.kind = lane.kind[h];
  out.a = lane.a[h];
  out.b = lane.b[h];
  return true;
}

/** Removes and returns the earliest event (allocating; for tests and tools). */
export function popEvent(queue: EventQueue): SimEvent | undefined {
  const out: SimEvent = { t: 0, seq: 0, kind: 0, a: 0, b: 0 };
  return popInto(queue, out) ? out : undefined;
}

/** Events waiting, stale ones included. */
export function queueSize(queue: EventQueue): number {
  let n = queue.heap.length;
  for (const lane of queue.lanes) n += lane.tail - lane.head;
  return n;
}
