import { describe, expect, it } from 'vitest';
import { LiveList } from '../../../src/views/liveList.svelte.ts';

describe('LiveList', () => {
  it('keeps one live object per key and assigns only what changed', () => {
    const list = new LiveList<{ key: string; x: number }>();
    list.update([
      { key: 'a', x: 1 },
      { key: 'b', x: 2 },
    ]);
    const [a, b] = list.items;
    const items = list.items;
    list.update([
      { key: 'a', x: 1 },
      { key: 'b', x: 5 },
    ]);
    expect(list.items).toBe(items);
    expect(list.items[0]).toBe(a);
    expect(list.items[1]).toBe(b);
    expect(b.x).toBe(5);
  });

  it('makes a new list when things come, go or move, and forgets what went', () => {
    const list = new LiveList<{ key: string; x: number }>();
    list.update([
      { key: 'a', x: 1 },
      { key: 'b', x: 2 },
    ]);
    const a = list.items[0];
    list.update([{ key: 'a', x: 1 }]);
    expect(list.items.map((m) => m.key)).toEqual(['a']);
    expect(list.items[0]).toBe(a);
    list.update([
      { key: 'b', x: 3 },
      { key: 'a', x: 1 },
    ]);
    expect(list.items.map((m) => `${m.key}${m.x}`)).toEqual(['b3', 'a1']);
  });
});
