import { describe, expect, it } from 'vitest';
import { stackLayers } from '../../../src/views/stackLayers.ts';

describe('stackLayers', () => {
  it('stacks layers bottom first and finds the highest total', () => {
    const { layers, max } = stackLayers(
      [
        { key: 'ok', values: [5, 6, 7] },
        { key: 'timeout', values: [0, 2, NaN] },
      ],
      { first: 0, last: 3 },
    );
    expect(layers[0]).toEqual({
      key: 'ok',
      seconds: [0, 1, 2],
      lower: [0, 0, 0],
      upper: [5, 6, 7],
      total: 18,
    });
    expect(layers[1].lower).toEqual([5, 6, 7]);
    expect(layers[1].upper).toEqual([5, 8, 7]);
    expect(layers[1].total).toBe(2);
    expect(max).toBe(8);
  });
  it('takes a range of seconds, and short series count as 0', () => {
    const { layers } = stackLayers([{ key: 'ok', values: [1, 2] }], { first: 1, last: 3 });
    expect(layers[0].seconds).toEqual([1, 2]);
    expect(layers[0].upper).toEqual([2, 0]);
  });
  it('divides by the seconds of a sample, to stack counts per second', () => {
    const { layers, max } = stackLayers(
      [{ key: 'ok', values: [360, 180] }],
      { first: 0, last: 2 },
      180,
    );
    expect(layers[0].upper).toEqual([2, 1]);
    expect(layers[0].total).toBe(3);
    expect(max).toBe(2);
  });
});
