import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY, Progress } from '../../../src/lessons/progress.svelte.ts';

/** A Storage in memory, that can be told to refuse writes. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  let full = false;
  const storage = {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  } satisfies Storage;
  return { storage, items, fill: () => (full = true) };
}

const clock = () => new Date('2025-03-01T12:00:00.000Z');

describe('Progress', () => {
  it('records steps seen, predictions and solved challenges, and saves them', () => {
    const { storage, items } = memoryStorage();
    const progress = new Progress(storage, clock);
    progress.markSeen('start/tour', 'panel');
    progress.markSeen('start/tour', 'panel');
    progress.recordPrediction('start/tour', 'node-dies', 1, true);
    progress.recordPrediction('start/tour', 'node-dies', 0, false);
    progress.markSolved('start/tour', 'survive-node-loss');
    expect(progress.hasSeen('start/tour', 'panel')).toBe(true);
    expect(progress.hasSeen('start/tour', 'time')).toBe(false);
    expect(progress.prediction('start/tour', 'node-dies')).toEqual({
      choice: 1,
      correct: true,
      at: '2025-03-01T12:00:00.000Z',
    });
    expect(progress.solvedAt('start/tour', 'survive-node-loss')).toBe('2025-03-01T12:00:00.000Z');
    expect(progress.solvedAt('start/tour', 'other')).toBeNull();
    const again = new Progress(storage, clock);
    expect(again.data).toEqual(progress.data);
    expect(JSON.parse(items.get(PROGRESS_KEY) as string).version).toBe(1);
  });

  it('sets a corrupt store aside instead of throwing, and starts afresh', () => {
    const { storage, items } = memoryStorage({ [PROGRESS_KEY]: '{"version": 1, "lessons": 12' });
    const progress = new Progress(storage, clock);
    expect(progress.data.lessons).toEqual({});
    expect(progress.setAside).toBe(`${PROGRESS_KEY}.unreadable-2025-03-01T12:00:00.000Z`);
    expect(items.get(progress.setAside as string)).toBe('{"version": 1, "lessons": 12');
    expect(items.has(PROGRESS_KEY)).toBe(false);
    progress.markSeen('a/b', 'c');
    expect(new Progress(storage, clock).hasSeen('a/b', 'c')).toBe(true);
  });

  it('keeps data from a newer version aside rather than overwriting it', () => {
    const newer = JSON.stringify({ version: 9, lessons: {} });
    const { storage, items } = memoryStorage({ [PROGRESS_KEY]: newer });
    const progress = new Progress(storage, clock);
    expect(items.get(progress.setAside as string)).toBe(newer);
  });

  it('works without storage, and survives a full one', () => {
    const progress = new Progress(null, clock);
    progress.markSeen('a/b', 'c');
    expect(progress.hasSeen('a/b', 'c')).toBe(true);
    const { storage, fill } = memoryStorage();
    const full = new Progress(storage, clock);
    fill();
    full.markSeen('a/b', 'c');
    expect(full.saveFailed).toBe(true);
    expect(full.hasSeen('a/b', 'c')).toBe(true);
  });

  it('exports a file and imports it back, merging', async () => {
    const first = new Progress(memoryStorage().storage, clock);
    first.markSeen('start/tour', 'panel');
    first.markSolved('start/tour', 'survive-node-loss');
    const blob = first.exportBlob();
    expect(blob.type).toBe('application/json');

    const second = new Progress(memoryStorage().storage, clock);
    second.markSeen('start/tour', 'log');
    expect(await second.importFile(blob)).toEqual({ ok: true });
    expect(second.lesson('start/tour').seen).toEqual(['log', 'panel']);
    expect(second.solvedAt('start/tour', 'survive-node-loss')).toBe('2025-03-01T12:00:00.000Z');
  });

  it('records a solved quiz like a solved challenge, readable by older and newer visits', async () => {
    const { storage, items } = memoryStorage({
      // Progress saved before quizzes existed.
      [PROGRESS_KEY]: JSON.stringify({
        version: 1,
        lessons: { 'cloud/models': { seen: ['place'], predictions: {}, solved: {} } },
      }),
    });
    const progress = new Progress(storage, clock);
    expect(progress.setAside).toBeNull();
    progress.markSolved('cloud/models', 'place-services');
    progress.markSolved('cloud/models', 'place-services');
    expect(progress.lesson('cloud/models').solved).toEqual({
      'place-services': { at: '2025-03-01T12:00:00.000Z' },
    });
    expect(JSON.parse(items.get(PROGRESS_KEY) as string).lessons['cloud/models'].seen).toEqual([
      'place',
    ]);
    const other = new Progress(memoryStorage().storage, clock);
    expect(other.importText(progress.exportText())).toEqual({ ok: true });
    expect(other.solvedAt('cloud/models', 'place-services')).toBe('2025-03-01T12:00:00.000Z');
  });

  it('refuses a bad file with a reason, changing nothing', () => {
    const progress = new Progress(memoryStorage().storage, clock);
    progress.markSeen('a/b', 'c');
    const before = progress.data;
    expect(progress.importText('not json')).toEqual({
      ok: false,
      error: { code: 'notJson', detail: 'not JSON' },
    });
    expect(progress.importText('{"app": "other"}')).toMatchObject({
      ok: false,
      error: { code: 'notProgress' },
    });
    expect(progress.data).toBe(before);
  });

  it('resets', () => {
    const progress = new Progress(memoryStorage().storage, clock);
    progress.markSeen('a/b', 'c');
    progress.reset();
    expect(progress.data.lessons).toEqual({});
  });
});
