import {
  emptyLessonProgress,
  mergeProgress,
  parseProgressFile,
  progressFileText,
  readStoredProgress,
  systemClock,
  type LessonProgress,
  type Prediction,
  type ProgressData,
  type ProgressFileError,
} from './progressData.ts';

/** Where progress is kept in localStorage. */
export const PROGRESS_KEY = 'cloudscope.progress';

/** The result of importing a progress file. */
export type ProgressImport = { ok: true } | { ok: false; error: ProgressFileError };

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be switched off: then progress lasts for this visit only.
    return null;
  }
}

/**
 * The reader's progress, kept in localStorage: steps seen per lesson,
 * predictions made, challenges and quizzes solved and when. A store that cannot be read
 * (corrupt, or written by a newer version) is never thrown on: it is copied
 * aside under another key, `setAside` names that key, and progress starts
 * afresh. Progress can be exported to a JSON file and imported back (merged).
 */
export class Progress {
  /** Everything, as stored. */
  data = $state.raw<ProgressData>({ version: 1, lessons: {} });
  /** The key under which unreadable progress was set aside at start, or null. */
  setAside = $state<string | null>(null);
  /** Whether the last save failed (storage full or switched off): progress then lasts this visit. */
  saveFailed = $state(false);

  constructor(
    private readonly storage: Storage | null = browserStorage(),
    private readonly now: () => Date = systemClock,
  ) {
    this.load();
  }

  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private load(): void {
    const text = this.read(PROGRESS_KEY);
    const stored = readStoredProgress(text);
    if (stored.ok) {
      this.data = stored.data;
      return;
    }
    const key = `${PROGRESS_KEY}.unreadable-${this.now().toISOString()}`;
    try {
      this.storage?.setItem(key, text ?? '');
      this.storage?.removeItem(PROGRESS_KEY);
      this.setAside = key;
    } catch {
      this.setAside = null;
    }
  }

  private save(data: ProgressData): void {
    this.data = data;
    try {
      this.storage?.setItem(PROGRESS_KEY, JSON.stringify(data));
      this.saveFailed = false;
    } catch {
      this.saveFailed = true;
    }
  }

  private update(lessonId: string, change: (lesson: LessonProgress) => LessonProgress): void {
    const lesson = this.data.lessons[lessonId] ?? emptyLessonProgress();
    this.save({ ...this.data, lessons: { ...this.data.lessons, [lessonId]: change(lesson) } });
  }

  /** One lesson's progress (empty when the reader has not been there). */
  lesson(lessonId: string): LessonProgress {
    return this.data.lessons[lessonId] ?? emptyLessonProgress();
  }

  hasSeen(lessonId: string, stepId: string): boolean {
    return this.lesson(lessonId).seen.includes(stepId);
  }

  markSeen(lessonId: string, stepId: string): void {
    if (this.hasSeen(lessonId, stepId)) return;
    this.update(lessonId, (l) => ({ ...l, seen: [...l.seen, stepId] }));
  }

  prediction(lessonId: string, predictId: string): Prediction | null {
    return this.lesson(lessonId).predictions[predictId] ?? null;
  }

  /** Records the reader's answer to a prediction (the first answer stays). */
  recordPrediction(lessonId: string, predictId: string, choice: number, correct: boolean): void {
    if (this.prediction(lessonId, predictId)) return;
    const at = this.now().toISOString();
    this.update(lessonId, (l) => ({
      ...l,
      predictions: { ...l.predictions, [predictId]: { choice, correct, at } },
    }));
  }

  /** When a challenge or quiz was first solved (ISO time), or null. */
  solvedAt(lessonId: string, challengeId: string): string | null {
    return this.lesson(lessonId).solved[challengeId]?.at ?? null;
  }

  /** Records a challenge or quiz as solved (the first time stays). */
  markSolved(lessonId: string, challengeId: string): void {
    if (this.solvedAt(lessonId, challengeId)) return;
    const at = this.now().toISOString();
    this.update(lessonId, (l) => ({ ...l, solved: { ...l.solved, [challengeId]: { at } } }));
  }

  /** The progress file's text (JSON). */
  exportText(): string {
    return progressFileText(this.data, this.now());
  }

  /** The progress file, ready to download as `cloudscope-progress.json`. */
  exportBlob(): Blob {
    return new Blob([this.exportText()], { type: 'application/json' });
  }

  /** Merges a progress file's text into the progress; a bad file changes nothing. */
  importText(text: string): ProgressImport {
    const parsed = parseProgressFile(text);
    if (!parsed.ok) return parsed;
    this.save(mergeProgress(this.data, parsed.data));
    return { ok: true };
  }

  /** Merges a progress file the reader picked. */
  async importFile(file: Blob): Promise<ProgressImport> {
    return this.importText(await file.text());
  }

  /** Forgets all progress. */
  reset(): void {
    this.save({ version: 1, lessons: {} });
  }
}

/** The reader's progress, shared by the whole page. */
export const progress = new Progress();
