import * as v from 'valibot';

/*
 * The reader's progress as data: which steps they have seen, which predictions
 * they made, which challenges and quizzes they solved and when. Stored in localStorage and
 * exported to / imported from a JSON file. Pure functions; the reactive store
 * around them is progress.svelte.ts.
 */

/** The version of the stored and exported format. */
export const PROGRESS_VERSION = 1;

const timestamp = v.pipe(v.string(), v.isoTimestamp());

const predictionSchema = v.object({
  /** Index of the chosen answer. */
  choice: v.pipe(v.number(), v.integer(), v.minValue(0)),
  correct: v.boolean(),
  at: timestamp,
});

/** A challenge or quiz solved (by its block id: ids are unique in a lesson), and when first. */
const solvedSchema = v.object({ at: timestamp });

const lessonSchema = v.object({
  seen: v.optional(v.array(v.string()), []),
  predictions: v.optional(v.record(v.string(), predictionSchema), {}),
  solved: v.optional(v.record(v.string(), solvedSchema), {}),
});

const lessonsSchema = v.record(v.string(), lessonSchema);

const storeSchema = v.object({ version: v.literal(PROGRESS_VERSION), lessons: lessonsSchema });

const fileSchema = v.object({
  app: v.literal('cloudscope'),
  kind: v.literal('progress'),
  version: v.literal(PROGRESS_VERSION),
  exportedAt: v.optional(timestamp),
  lessons: lessonsSchema,
});

export type Prediction = v.InferOutput<typeof predictionSchema>;
export type LessonProgress = v.InferOutput<typeof lessonSchema>;
export interface ProgressData {
  version: typeof PROGRESS_VERSION;
  /** By lesson id (`'start/tour'`). */
  lessons: Record<string, LessonProgress>;
}

/** The wall clock (progress records when things happened). */
export function systemClock(): Date {
  return new Date();
}

export function emptyProgress(): ProgressData {
  return { version: PROGRESS_VERSION, lessons: {} };
}

export function emptyLessonProgress(): LessonProgress {
  return { seen: [], predictions: {}, solved: {} };
}

/** What was in storage: the progress, or why it could not be used. */
export type StoredProgress =
  { ok: true; data: ProgressData } | { ok: false; reason: 'corrupt' | 'newer' };

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function versionOf(value: unknown): unknown {
  return value !== null && typeof value === 'object'
    ? (value as { version?: unknown }).version
    : undefined;
}

/**
 * Reads what localStorage held (null when nothing). Data that is not JSON or
 * does not fit the format is `corrupt`; data written by a newer version is
 * `newer`. Older versions would be migrated here; version 1 is the first.
 */
export function readStoredProgress(text: string | null): StoredProgress {
  if (text === null) return { ok: true, data: emptyProgress() };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, reason: 'corrupt' };
  const version = versionOf(json.value);
  if (typeof version === 'number' && version > PROGRESS_VERSION)
    return { ok: false, reason: 'newer' };
  const parsed = v.safeParse(storeSchema, json.value);
  return parsed.success ? { ok: true, data: parsed.output } : { ok: false, reason: 'corrupt' };
}

/** The text of a progress file: the whole progress, marked as cloudscope's. */
export function progressFileText(data: ProgressData, now: Date): string {
  const file = {
    app: 'cloudscope',
    kind: 'progress',
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    lessons: data.lessons,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why a file could not be imported: a code for the message, and a detail for `invalid`. */
export interface ProgressFileError {
  code: 'notJson' | 'notProgress' | 'newer' | 'invalid';
  /** Where the file is damaged and how, e.g. `lessons["start/tour"].seen[2]: expected a string`. */
  detail: string;
}

export type ParsedProgressFile =
  { ok: true; data: ProgressData } | { ok: false; error: ProgressFileError };

function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Reads and validates an exported progress file. Never throws. */
export function parseProgressFile(text: string): ParsedProgressFile {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, error: { code: 'notJson', detail: 'not JSON' } };
  const value = json.value;
  const marks =
    value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  if (marks.app !== 'cloudscope' || marks.kind !== 'progress')
    return { ok: false, error: { code: 'notProgress', detail: 'not a cloudscope progress file' } };
  const version = versionOf(value);
  if (typeof version === 'number' && version > PROGRESS_VERSION)
    return { ok: false, error: { code: 'newer', detail: `version ${version}` } };
  const parsed = v.safeParse(fileSchema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issuePath(issue);
    return {
      ok: false,
      error: { code: 'invalid', detail: path ? `${path}: ${issue.message}` : issue.message },
    };
  }
  return { ok: true, data: { version: PROGRESS_VERSION, lessons: parsed.output.lessons } };
}

const earlier = <T extends { at: string }>(a: T | undefined, b: T): T =>
  a && Date.parse(a.at) <= Date.parse(b.at) ? a : b;

/**
 * Both progresses together: every step seen in either, and for each
 * prediction and solved challenge the earlier record (a first guess stays the
 * first guess; a challenge counts as solved from the first time).
 */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  const lessons: Record<string, LessonProgress> = { ...a.lessons };
  for (const [id, theirs] of Object.entries(b.lessons)) {
    const ours = lessons[id] ?? emptyLessonProgress();
    const predictions = { ...ours.predictions };
    for (const [key, p] of Object.entries(theirs.predictions))
      predictions[key] = earlier(predictions[key], p);
    const solved = { ...ours.solved };
    for (const [key, s] of Object.entries(theirs.solved)) solved[key] = earlier(solved[key], s);
    lessons[id] = { seen: [...new Set([...ours.seen, ...theirs.seen])], predictions, solved };
  }
  return { version: PROGRESS_VERSION, lessons };
}
