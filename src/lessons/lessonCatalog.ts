import type { Scenario } from '../scenario/scenario.ts';
import { createLessonCatalog } from './createLessonCatalog.ts';
import type { Lesson, LessonMeta, PartMeta } from './lessonTypes.ts';

/*
 * The course's lessons, compiled at build time by lessonPlugin. Metadata of
 * every lesson is bundled (menus need it at once); a lesson's content and its
 * scenarios load when it is opened, and a scenario's source text when the
 * editor asks for it.
 * (import.meta.glob takes literal patterns only, hence the repetition.)
 */
export const lessonCatalog = createLessonCatalog({
  metas: import.meta.glob<LessonMeta | PartMeta>(
    ['/lessons/**/index.md', '/lessons/**/index.zh.md'],
    { eager: true, query: '?meta', import: 'default' },
  ),
  lessons: import.meta.glob<Lesson | PartMeta>(
    ['/lessons/**/index.md', '/lessons/**/index.zh.md'],
    { import: 'default' },
  ),
  scenarios: import.meta.glob<Scenario>('/lessons/**/*.ts', { import: 'default' }),
  sources: import.meta.glob<string>('/lessons/**/*.ts', { query: '?raw', import: 'default' }),
});
