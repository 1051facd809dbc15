import { describe, expect, it } from 'vitest';
import { editStore } from '../../../src/editor/editStore.ts';

function memoryStorage(full = false): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
  };
}

describe('editStore', () => {
  it('keeps an edit per scenario until cleared', () => {
    const store = memoryStorage();
    expect(editStore.load('start/tour/start.ts', store)).toBeNull();
    expect(
      editStore.save('start/tour/start.ts', 'edited', new Date('2026-01-01T00:00:00Z'), store),
    ).toBe(true);
    expect(editStore.load('start/tour/start.ts', store)).toEqual({
      source: 'edited',
      at: '2026-01-01T00:00:00.000Z',
    });
    expect(editStore.load('sandbox', store)).toBeNull();
    editStore.clear('start/tour/start.ts', store);
    expect(editStore.load('start/tour/start.ts', store)).toBeNull();
  });

  it('says when storage refuses an edit, and ignores damaged entries', () => {
    expect(editStore.save('a', 'x', new Date(), memoryStorage(true))).toBe(false);
    const store = memoryStorage();
    store.setItem('cloudscope.edit.a', '{not json');
    expect(editStore.load('a', store)).toBeNull();
  });
});
