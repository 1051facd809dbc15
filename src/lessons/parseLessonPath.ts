import { LessonError } from './lessonError.ts';
import type { LessonLang } from './lessonTypes.ts';

/** A folder name's id and position: `'02-service-models'` → `{ id: 'service-models', order: 2 }`. */
export function parseFolderName(name: string): { id: string; order: number } | null {
  const m = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(name);
  return m ? { id: m[2], order: Number(m[1]) } : null;
}

/** Where a lesson file sits, from its path relative to the project root. */
export type LessonPath =
  | { kind: 'part'; lang: LessonLang; part: string; order: number; dir: string }
  | {
      kind: 'lesson';
      lang: LessonLang;
      part: string;
      slug: string;
      order: number;
      dir: string;
    };

/**
 * Reads `lessons/<NN-part>/index.md` (a part) or `lessons/<NN-part>/<NN-lesson>/index.zh.md`
 * (a lesson) into ids, order and language. Throws a LessonError for any other shape.
 */
export function parseLessonPath(relPath: string): LessonPath {
  const parts = relPath.split('/');
  const file = parts[parts.length - 1];
  const lang: LessonLang | null = file === 'index.md' ? 'en' : file === 'index.zh.md' ? 'zh' : null;
  if (parts[0] !== 'lessons' || lang === null || parts.length < 3 || parts.length > 4) {
    throw new LessonError(
      relPath,
      1,
      'lesson files are lessons/<NN-part>/index.md (the part) and lessons/<NN-part>/<NN-lesson>/index.md, with index.zh.md beside each for Chinese',
    );
  }
  const folders = parts.slice(1, -1);
  const named = folders.map((name) => {
    const parsed = parseFolderName(name);
    if (!parsed) {
      throw new LessonError(
        relPath,
        1,
        `the folder "${name}" needs a number prefix and a kebab-case name, like "01-elasticity"`,
      );
    }
    return parsed;
  });
  const dir = `/${parts.slice(0, -1).join('/')}`;
  if (named.length === 1)
    return { kind: 'part', lang, part: named[0].id, order: named[0].order, dir };
  return {
    kind: 'lesson',
    lang,
    part: named[0].id,
    slug: named[1].id,
    order: named[1].order,
    dir,
  };
}
