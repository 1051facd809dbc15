import { describe, expect, it } from 'vitest';
import {
  cloneTable,
  createTable,
  tableAlloc,
  tableFree,
  tableGet,
  tableLive,
  type SlotTable,
} from '../../../src/sim/slotTable.ts';

interface Job {
  id: number;
  name: string;
}

const fresh = (): Job => ({ id: 0, name: '' });

function alloc(table: SlotTable<Job>, name: string): Job {
  const job = tableAlloc(table, fresh);
  job.name = name;
  return job;
}

describe('slotTable', () => {
  it('allocates records that resolve by id, with distinct ids', () => {
    const t = createTable<Job>();
    const a = alloc(t, 'a');
    const b = alloc(t, 'b');
    expect(a.id).not.toBe(b.id);
    expect(tableGet(t, a.id)).toBe(a);
    expect(tableGet(t, b.id)).toBe(b);
    expect(t.size).toBe(2);
  });

  it('frees a record: its id stops resolving and the size drops', () => {
    const t = createTable<Job>();
    const a = alloc(t, 'a');
    const b = alloc(t, 'b');
    const aId = a.id;
    tableFree(t, aId);
    expect(tableGet(t, aId)).toBeUndefined();
    expect(tableGet(t, b.id)).toBe(b);
    expect(t.size).toBe(1);
  });

  it('reuses a freed slot under a new id; the old id stays stale', () => {
    const t = createTable<Job>();
    const a = alloc(t, 'a');
    const oldId = a.id;
    tableFree(t, oldId);
    const c = alloc(t, 'c');
    expect(c).toBe(a); // the same record object, reused
    expect(c.id).not.toBe(oldId);
    expect(tableGet(t, oldId)).toBeUndefined();
    expect(tableGet(t, c.id)?.name).toBe('c');
    // Freeing the stale id again does nothing to the new record.
    tableFree(t, oldId);
    expect(tableGet(t, c.id)).toBe(c);
    expect(t.size).toBe(1);
    // Many generations later the first id is still stale.
    let id = c.id;
    for (let i = 0; i < 50; i++) {
      tableFree(t, id);
      id = alloc(t, `gen${i}`).id;
      expect(tableGet(t, oldId)).toBeUndefined();
    }
    expect(t.items.length).toBe(1);
    expect(t.size).toBe(1);
  });

  it('freeing twice counts once', () => {
    const t = createTable<Job>();
    const a = alloc(t, 'a');
    alloc(t, 'b');
    const id = a.id;
    tableFree(t, id);
    tableFree(t, id);
    expect(t.size).toBe(1);
    expect(t.free).toHaveLength(1);
  });

  it('resolves nothing for ids that were never handed out', () => {
    const t = createTable<Job>();
    const a = alloc(t, 'a');
    expect(tableGet(t, 0)).toBeUndefined();
    expect(tableGet(t, 1)).toBeUndefined();
    expect(tableGet(t, a.id + 1)).toBeUndefined();
    expect(tableGet(t, a.id * 2)).toBeUndefined();
  });

  it('tableLive lists the live records, as a copy safe to free while iterating', () => {
    const t = createTable<Job>();
    const jobs = ['a', 'b', 'c', 'd'].map((n) => alloc(t, n));
    tableFree(t, jobs[1].id);
    expect(tableLive(t).map((j) => j.name)).toEqual(['a', 'c', 'd']);
    for (const job of tableLive(t)) tableFree(t, job.id);
    expect(tableLive(t)).toEqual([]);
    expect(t.size).toBe(0);
  });

  it('cloneTable keeps only live records, cloned, and resolves their ids', () => {
    const t = createTable<Job>();
    const a = alloc(t, 'a');
    const b = alloc(t, 'b');
    const c = alloc(t, 'c');
    tableFree(t, b.id);
    const cloned: Job[] = [];
    const copy = cloneTable(t, (job) => {
      const j = { ...job };
      cloned.push(j);
      return j;
    });
    expect(cloned.map((j) => j.name)).toEqual(['a', 'c']);
    expect(copy.items[1]).toBeNull();
    expect(copy.size).toBe(2);
    expect(tableGet(copy, a.id)).toEqual(a);
    expect(tableGet(copy, a.id)).not.toBe(a);
    expect(tableGet(copy, c.id)?.name).toBe('c');
    expect(tableGet(copy, b.id)).toBeUndefined();
    expect(tableLive(copy).map((j) => j.name)).toEqual(['a', 'c']);
  });

  it('a cloned table lives on its own', () => {
    const t = createTable<Job>();
    const a = alloc(t, 'a');
    const b = alloc(t, 'b');
    tableFree(t, b.id);
    const copy = cloneTable(t, (job) => ({ ...job }));

    // Allocating in the copy fills the free slot with a fresh record.
    const d = alloc(copy, 'd');
    expect(d).not.toBe(b);
    expect(tableGet(copy, d.id)).toBe(d);
    expect(b.name).toBe('b');
    expect(tableLive(t)).toEqual([a]);
    expect(t.size).toBe(1);
    expect(copy.size).toBe(2);

    // Freeing in the copy does not touch the original.
    tableFree(copy, a.id);
    expect(tableGet(copy, a.id)).toBeUndefined();
    expect(tableGet(t, a.id)).toBe(a);

    // Changing a cloned record does not change the original record.
    const e = alloc(t, 'e');
    const copy2 = cloneTable(t, (job) => ({ ...job }));
    tableGet(copy2, e.id)!.name = 'changed';
    expect(e.name).toBe('e');
  });

  it('an id not handed out yet does not resolve to a freed record', () => {
    const t = createTable<{ id: number; name: string }>();
    const a = tableAlloc(t, () => ({ id: 0, name: 'a' }));
    tableFree(t, a.id);
    const next = tableAlloc(
      cloneTable(t, (j) => ({ ...j })),
      () => ({ id: 0, name: 'x' }),
    ).id;
    expect(next).not.toBe(a.id);
    expect(tableGet(t, next)).toBeUndefined();
  });
});
