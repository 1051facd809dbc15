import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileLesson, type CompiledFile } from '../../../src/lessons/compileLesson.ts';
import { LessonError } from '../../../src/lessons/lessonError.ts';
import type { Lesson } from '../../../src/lessons/lessonTypes.ts';
import type { ScenarioLoader } from '../../../src/lessons/scenarioFiles.ts';

/** A project root holding `lessons/01-demo/01-basics/` with start.ts, solution.ts, compare.ts, broken.ts. */
export const FIXTURE_ROOT = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const FIXTURE_FILE = 'lessons/01-demo/01-basics/index.md';

/** Loads scenario files through vitest (which resolves `'cloudscope'`). */
export const importScenario: ScenarioLoader = (path) => import(/* @vite-ignore */ path);

/** A lesson source: frontmatter, then `body`. */
export function lessonSource(
  body: string,
  frontmatter = 'title: Basics\nsummary: A test lesson.',
): string {
  return `---\n${frontmatter}\n---\n${body}`;
}

export function compileFixture(
  source: string,
  options: { file?: string; exists?: (path: string) => boolean } = {},
): Promise<CompiledFile> {
  return compileLesson(source, {
    file: options.file ?? FIXTURE_FILE,
    root: FIXTURE_ROOT,
    loadScenario: importScenario,
    exists: options.exists,
  });
}

export async function compiledLesson(source: string): Promise<Lesson> {
  const { result } = await compileFixture(source);
  if (result.kind !== 'lesson') throw new Error('expected a lesson');
  return result;
}

/** The LessonError a source fails with (the test fails if it compiles). */
export async function lessonFailure(
  source: string,
  options: { file?: string; exists?: (path: string) => boolean } = {},
): Promise<LessonError> {
  try {
    await compileFixture(source, options);
  } catch (error) {
    if (error instanceof LessonError) return error;
    throw error;
  }
  throw new Error('expected the lesson to fail to compile');
}
