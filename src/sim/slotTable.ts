/**
 * A table of records (jobs, calls) as plain data, reusing the records of
 * finished work instead of allocating new ones: a request's life is short and
 * there are millions of them. An id names a slot and its generation, so an
 * event about a finished record finds nothing (it is stale) even after its
 * slot was reused.
 */
export interface SlotTable<T extends { id: number }> {
  /** Records by slot; null for a free slot whose record was not kept (in a copy). */
  items: (T | null)[];
  /** Generation of each slot; bumped when its record is freed. */
  gens: number[];
  free: number[];
  size: number;
}

const SPACE = 4_194_304; // 2^22 slots

export function createTable<T extends { id: number }>(): SlotTable<T> {
  return { items: [], gens: [], free: [], size: 0 };
}

/**
 * Takes a free record (or a new one from `fresh`), gives it a new id and
 * returns it. The caller sets every other field.
 */
export function tableAlloc<T extends { id: number }>(table: SlotTable<T>, fresh: () => T): T {
  let slot = table.free.pop();
  let item: T;
  if (slot === undefined) {
    slot = table.items.length;
    item = fresh();
    table.items.push(item);
    table.gens.push(1);
  } else {
    item = table.items[slot] ?? (table.items[slot] = fresh());
  }
  item.id = table.gens[slot] * SPACE + slot;
  table.size++;
  return item;
}

/** The live record with this id, or undefined (finished, or never was). */
export function tableGet<T extends { id: number }>(table: SlotTable<T>, id: number): T | undefined {
  if (id < SPACE) return undefined;
  const slot = id % SPACE;
  const item = table.items[slot];
  // Both checks: the slot's generation names this id, and its record carries it
  // (a freed slot's next id must not find the old record).
  return item && item.id === id && table.gens[slot] * SPACE + slot === id ? item : undefined;
}

/** Frees a record: its id stops resolving and its slot may be reused. */
export function tableFree<T extends { id: number }>(table: SlotTable<T>, id: number): void {
  const slot = id % SPACE;
  if (table.gens[slot] * SPACE + slot !== id) return;
  table.gens[slot]++;
  table.free.push(slot);
  table.size--;
}

/** Every live record (a copy of the list, safe to free while iterating). */
export function tableLive<T extends { id: number }>(table: SlotTable<T>): T[] {
  const out: T[] = [];
  for (let slot = 0; slot < table.items.length; slot++) {
    const item = table.items[slot];
    if (item && table.gens[slot] * SPACE + slot === item.id) out.push(item);
  }
  return out;
}

/** A deep copy that keeps only live records (free slots copy as null). */
export function cloneTable<T extends { id: number }>(
  table: SlotTable<T>,
  cloneItem: (item: T) => T,
): SlotTable<T> {
  const items: (T | null)[] = new Array(table.items.length);
  for (let slot = 0; slot < table.items.length; slot++) {
    const item = table.items[slot];
    items[slot] = item && table.gens[slot] * SPACE + slot === item.id ? cloneItem(item) : null;
  }
  return { items, gens: table.gens.slice(), free: table.free.slice(), size: table.size };
}
