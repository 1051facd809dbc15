import { describe, expect, it } from 'vitest';
import { keepSame } from '../../../src/views/keepSame.ts';

describe('keepSame', () => {
  it('hands back the cached object while the values are the same', () => {
    const cache = new Map<string, { x: number; label: string }>();
    const first = keepSame(cache, 'a', { x: 1, label: 'one' });
    expect(keepSame(cache, 'a', { x: 1, label: 'one' })).toBe(first);
    const changed = keepSame(cache, 'a', { x: 2, label: 'one' });
    expect(changed).not.toBe(first);
    expect(changed).toEqual({ x: 2, label: 'one' });
    expect(keepSame(cache, 'a', { x: 2, label: 'one' })).toBe(changed);
  });

  it('tells keys apart and notices added or removed fields', () => {
    const cache = new Map<string, Record<string, number>>();
    const a = keepSame(cache, 'a', { x: 1 });
    expect(keepSame(cache, 'b', { x: 1 })).not.toBe(a);
    expect(keepSame(cache, 'a', { x: 1, y: 2 })).not.toBe(a);
  });
});
