/** Where a reader's edits of scenarios are kept, by scenario. */
const PREFIX = 'cloudscope.edit.';

export interface SavedEdit {
  source: string;
  /** When it was saved (ISO time). */
  at: string;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * A reader's edits of one scenario, kept in localStorage as they type, so
 * that a reload or a crash loses nothing. `key` names the scenario (a lesson
 * file like `start/tour/start.ts`, or `sandbox`).
 */
export const editStore = {
  load(key: string, store: Storage | null = storage()): SavedEdit | null {
    try {
      const text = store?.getItem(PREFIX + key);
      if (!text) return null;
      const data = JSON.parse(text) as Partial<SavedEdit>;
      return typeof data.source === 'string'
        ? { source: data.source, at: typeof data.at === 'string' ? data.at : '' }
        : null;
    } catch {
      return null;
    }
  },

  /** Saves an edit; returns false when storage refused it (full, or switched off). */
  save(
    key: string,
    source: string,
    now: Date = new Date(),
    store: Storage | null = storage(),
  ): boolean {
    try {
      store?.setItem(PREFIX + key, JSON.stringify({ source, at: now.toISOString() }));
      return store !== null;
    } catch {
      return false;
    }
  },

  clear(key: string, store: Storage | null = storage()): void {
    try {
      store?.removeItem(PREFIX + key);
    } catch {
      // Nothing to do: there is no storage.
    }
  },
};
