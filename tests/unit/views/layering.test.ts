import { describe, expect, it } from 'vitest';
import { layering } from '../../../src/views/layering.ts';

describe('layering', () => {
  it('layers by the longest path', () => {
    const { layers } = layering(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['c', 'd'],
      ],
    );
    expect(layers).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('sets aside the edge that closes a cycle, found from the start', () => {
    const { layer, back } = layering(
      ['x', 'y', 'z'],
      [
        ['x', 'y'],
        ['y', 'z'],
        ['z', 'x'],
      ],
      { starts: ['x'] },
    );
    expect([...back]).toEqual(['z>x']);
    expect(layer.get('z')).toBe(2);
  });

  it('honours fixed layers and a first layer', () => {
    const { layer } = layering(['t', 's'], [['t', 's']], { fixed: new Map([['t', 0]]), first: 1 });
    expect(layer.get('t')).toBe(0);
    expect(layer.get('s')).toBe(1);
  });

  it('ignores loops and edges to unknown nodes', () => {
    const { layers, back } = layering(
      ['a'],
      [
        ['a', 'a'],
        ['a', 'ghost'],
      ],
    );
    expect(layers).toEqual([['a']]);
    expect(back.size).toBe(0);
  });
});
