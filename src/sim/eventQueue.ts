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
 * A binary min-heap of events ordered by (time, sequence), as plain data.
 * Two events at the same millisecond always pop in the order they were
 * pushed, so a run is reproducible bit for bit.
 */
export interface EventQueue {
  heap: SimEvent[];
  nextSeq: number;
}

export function createQueue(): EventQueue {
  return { heap: [], nextSeq: 0 };
}

/** Schedules an event. `t` must be a whole number of milliseconds. */
export function pushEvent(queue: EventQueue, t: number, kind: number, a = 0, b = 0): void {
  const event: SimEvent = { t, seq: queue.nextSeq++, kind, a, b };
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

/** Removes and returns the earliest event. */
export function popEvent(queue: EventQueue): SimEvent | undefined {
  const heap = queue.heap;
  const n = heap.length;
  if (n === 0) return undefined;
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
