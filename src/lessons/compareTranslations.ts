import type { OutlineEntry } from './compileLesson.ts';
import { LessonError } from './lessonError.ts';

/**
 * Checks that a translation has the same outline as the English file: the same
 * steps, the same directives with the same ids, in the same order, and the same
 * settings for everything that is not prose (scenarios, views, goals, which
 * choice is right). Throws a LessonError at the first difference, located in
 * the translation and naming the English line.
 */
export function compareTranslations(
  english: { file: string; outline: OutlineEntry[] },
  other: { file: string; outline: OutlineEntry[] },
): void {
  const en = english.outline;
  const tr = other.outline;
  const base = english.file.split('/').pop();
  for (let i = 0; i < Math.max(en.length, tr.length); i++) {
    const a = en[i];
    const b = tr[i];
    if (a && b && a.key === b.key) continue;
    if (!b) {
      const last = tr[tr.length - 1]?.line ?? 1;
      throw new LessonError(
        other.file,
        last,
        `the translation ends here, but ${base} goes on with ${a.label} (line ${a.line}); both must have the same steps and blocks in the same order`,
      );
    }
    if (!a) {
      throw new LessonError(
        other.file,
        b.line,
        `${b.label} is not in ${base}; both must have the same steps and blocks in the same order`,
      );
    }
    if (a.label === b.label) {
      throw new LessonError(
        other.file,
        b.line,
        `${b.label} has other settings than in ${base} (line ${a.line}); ${a.same ?? 'only the prose may differ between languages'}`,
      );
    }
    throw new LessonError(
      other.file,
      b.line,
      `here the translation has ${b.label} where ${base} has ${a.label} (line ${a.line}); both must have the same steps and blocks in the same order`,
    );
  }
}
