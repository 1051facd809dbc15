import { describe, expect, it } from 'vitest';
import {
  createQueue,
  popEvent,
  pushDelayed,
  pushEvent,
  queueSize,
} from '../../../src/sim/eventQueue.ts';

describe('eventQueue', () => {
  it('pops events by time, then by the order they were pushed', () => {
    const q = createQueue();
    pushEvent(q, 50, 1, 1);
    pushEvent(q, 10, 1, 2);
    pushEvent(q, 50, 1, 3);
    pushEvent(q, 10, 1, 4);
    const order = [];
    for (let e = popEvent(q); e; e = popEvent(q)) order.push(e.a);
    expect(order).toEqual([2, 4, 1, 3]);
  });

  it('merges fixed-delay lanes with the heap in (time, sequence) order', () => {
    const q = createQueue();
    pushDelayed(q, 0, 5, 1, 1); // t=5, seq 0
    pushEvent(q, 5, 1, 2); // t=5, seq 1
    pushDelayed(q, 1, 4, 1, 3); // t=5, seq 2
    pushDelayed(q, 0, 100, 1, 4); // t=100
    pushEvent(q, 3, 1, 5);
    const order = [];
    for (let e = popEvent(q); e; e = popEvent(q)) order.push([e.t, e.a]);
    expect(order).toEqual([
      [3, 5],
      [5, 1],
      [5, 2],
      [5, 3],
      [100, 4],
    ]);
  });

  it('grows a lane past its first capacity without losing order', () => {
    const q = createQueue();
    for (let i = 0; i < 5000; i++) pushDelayed(q, i, 10, 1, i);
    expect(queueSize(q)).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(popEvent(q)?.a).toBe(i);
    expect(popEvent(q)).toBeUndefined();
  });
});
