import { describe, expect, it } from 'vitest';
import { cloneData } from '../../../src/sim/cloneData.ts';

interface State {
  name: string;
  nested: { list: { x: number }[]; deeper: { flag: boolean; values: number[][] } };
  byName: Map<string, { count: number; tags: string[] }>;
  samples: Float64Array;
  bytes: Uint8Array;
  counters: Int32Array;
  limits: { inf: number; negInf: number; nan: number; zero: number };
  missing: null;
}

function makeState(): State {
  return {
    name: 'world',
    nested: { list: [{ x: 1 }, { x: 2 }], deeper: { flag: true, values: [[1, 2], [3]] } },
    byName: new Map([
      ['orders', { count: 3, tags: ['a'] }],
      ['payments', { count: 1, tags: [] }],
    ]),
    samples: new Float64Array([1.5, 2.5, Infinity]),
    bytes: new Uint8Array([1, 2, 255]),
    counters: new Int32Array([-1, 0, 1]),
    limits: { inf: Infinity, negInf: -Infinity, nan: NaN, zero: 0 },
    missing: null,
  };
}

describe('cloneData', () => {
  it('returns an equal value', () => {
    const original = makeState();
    expect(cloneData(original)).toStrictEqual(original);
  });

  it('shares no object, array, Map or typed array with the original', () => {
    const original = makeState();
    const copy = cloneData(original);
    expect(copy).not.toBe(original);
    expect(copy.nested).not.toBe(original.nested);
    expect(copy.nested.list).not.toBe(original.nested.list);
    expect(copy.nested.list[0]).not.toBe(original.nested.list[0]);
    expect(copy.nested.deeper.values[0]).not.toBe(original.nested.deeper.values[0]);
    expect(copy.byName).not.toBe(original.byName);
    expect(copy.byName.get('orders')).not.toBe(original.byName.get('orders'));
    expect(copy.samples).not.toBe(original.samples);
    expect(copy.samples.buffer).not.toBe(original.samples.buffer);
  });

  it('changing the copy leaves the original alone (and the other way round)', () => {
    const original = makeState();
    const copy = cloneData(original);
    copy.name = 'changed';
    copy.nested.list[0].x = 99;
    copy.nested.list.push({ x: 3 });
    copy.nested.deeper.values[0][1] = 42;
    copy.nested.deeper.flag = false;
    copy.byName.get('orders')!.count = 100;
    copy.byName.get('orders')!.tags.push('b');
    copy.byName.set('search', { count: 0, tags: [] });
    copy.samples[0] = -1;
    copy.bytes[2] = 0;
    copy.counters[0] = 7;
    expect(original).toStrictEqual(makeState());

    original.nested.list[1].x = -5;
    original.byName.delete('payments');
    expect(copy.nested.list[1].x).toBe(2);
    expect(copy.byName.has('payments')).toBe(true);
  });

  it('keeps typed arrays typed', () => {
    const copy = cloneData(makeState());
    expect(copy.samples).toBeInstanceOf(Float64Array);
    expect(copy.bytes).toBeInstanceOf(Uint8Array);
    expect(copy.counters).toBeInstanceOf(Int32Array);
    expect([...copy.samples]).toEqual([1.5, 2.5, Infinity]);
    expect([...copy.counters]).toEqual([-1, 0, 1]);
  });

  it('copies only the viewed part of a typed array view', () => {
    const buffer = new Float64Array([1, 2, 3, 4]).buffer;
    const view = new Float64Array(buffer, 8, 2);
    const copy = cloneData(view);
    expect([...copy]).toEqual([2, 3]);
    copy[0] = 0;
    expect(view[0]).toBe(2);
  });

  it('keeps Infinity, -Infinity and NaN (which JSON would not)', () => {
    const copy = cloneData(makeState());
    expect(copy.limits.inf).toBe(Infinity);
    expect(copy.limits.negInf).toBe(-Infinity);
    expect(copy.limits.nan).toBeNaN();
    expect(copy.missing).toBeNull();
    expect(cloneData([Infinity, NaN])).toStrictEqual([Infinity, NaN]);
  });

  it('returns primitives as they are', () => {
    expect(cloneData(5)).toBe(5);
    expect(cloneData('text')).toBe('text');
    expect(cloneData(null)).toBeNull();
    expect(cloneData(undefined)).toBeUndefined();
    expect(cloneData(true)).toBe(true);
  });

  it('clones Maps inside arrays and arrays inside Maps', () => {
    const original = [new Map([[1, [new Map([['k', { v: 1 }]])]]])];
    const copy = cloneData(original);
    expect(copy).toStrictEqual(original);
    copy[0].get(1)![0].get('k')!.v = 2;
    expect(original[0].get(1)![0].get('k')!.v).toBe(1);
  });
});
