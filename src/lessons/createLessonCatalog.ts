import type { Scenario } from '../scenario/scenario.ts';
import type { Lesson, LessonLang, LessonMeta, PartMeta } from './lessonTypes.ts';

/** What the catalog is built from: `import.meta.glob` results, keyed by path from the root. */
export interface CatalogSources {
  /** Every lesson and part file's metadata (`index.md?meta`), loaded at once. */
  metas: Record<string, LessonMeta | PartMeta>;
  /** Every lesson file's full content, loaded on demand. */
  lessons: Record<string, () => Promise<Lesson | PartMeta>>;
  /** Every scenario file's default export, loaded on demand (with its lesson). */
  scenarios: Record<string, () => Promise<Scenario>>;
  /** Every scenario file's source text, loaded on demand (for the editor). */
  sources: Record<string, () => Promise<string>>;
}

/** A lesson as a reader of one language sees it in lists. */
export interface CatalogLesson extends LessonMeta {
  /** The languages it is written in; `lang` is the one shown (English when the reader's is missing). */
  langs: LessonLang[];
}

/** A part of the course with its lessons, in order. */
export interface CatalogPart {
  id: string;
  order: number;
  title: string;
  summary: string;
  /** The language of the title shown. */
  lang: LessonLang;
  lessons: CatalogLesson[];
}

/** A scenario file beside a lesson. */
export interface CatalogScenario {
  /** As lessons name it: `'start.ts'`. */
  name: string;
  /** From the project root: `'/lessons/01-cloud/01-elasticity/start.ts'`. */
  path: string;
}

export interface LessonCatalog {
  /** The course's parts, each with its lessons, in order, in `lang` where written (else English). */
  parts(lang: LessonLang): CatalogPart[];
  /** Every lesson in course order. */
  lessons(lang: LessonLang): CatalogLesson[];
  /** A lesson by id (`'foundations/service-models'`), or null. */
  find(id: string, lang: LessonLang): CatalogLesson | null;
  /** The lessons before and after one, in course order. */
  neighbours(
    id: string,
    lang: LessonLang,
  ): { previous: CatalogLesson | null; next: CatalogLesson | null };
  /**
   * A lesson's full content in `lang` (English when it is not translated), or null for an
   * unknown id. Its scenario files are loaded with it (see `scenario`).
   */
  load(id: string, lang: LessonLang): Promise<Lesson | null>;
  /** The scenario files beside a lesson, by name. */
  scenarios(id: string): CatalogScenario[];
  /** Loads the scenario files beside a lesson (`load` does it too). */
  loadScenarios(id: string): Promise<void>;
  /**
   * One scenario file beside a lesson (`'start.ts'`), or null when there is no such file.
   * Throws when the file exists but was not loaded yet (`load` or `loadScenarios` first).
   */
  scenario(id: string, name: string): Scenario | null;
  /** A scenario file's source text, or null when there is no such file. */
  scenarioSource(id: string, name: string): Promise<string | null>;
}

const byOrder = (a: { order: number; dir: string }, b: { order: number; dir: string }) =>
  a.order - b.order || (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);

function partDir(dir: string): string {
  return dir.slice(0, dir.lastIndexOf('/'));
}

/**
 * Groups compiled lessons by part and lesson, orders them by their folders'
 * number prefixes (or frontmatter `order`), picks the reader's language with
 * a fallback to English, and finds the scenario files beside each lesson.
 */
export function createLessonCatalog(sources: CatalogSources): LessonCatalog {
  const lessonsById = new Map<
    string,
    Partial<Record<LessonLang, { meta: LessonMeta; path: string }>>
  >();
  const partsByDir = new Map<string, Partial<Record<LessonLang, PartMeta>>>();
  for (const [path, meta] of Object.entries(sources.metas)) {
    if (meta.kind === 'part') {
      const entry = partsByDir.get(meta.dir) ?? {};
      entry[meta.lang] = meta;
      partsByDir.set(meta.dir, entry);
    } else {
      const entry = lessonsById.get(meta.id) ?? {};
      entry[meta.lang] = { meta, path };
      lessonsById.set(meta.id, entry);
    }
  }

  const pick = <T>(entry: Partial<Record<LessonLang, T>>, lang: LessonLang): T | undefined =>
    entry[lang] ?? entry.en ?? Object.values(entry)[0];

  const lessonIn = (id: string, lang: LessonLang): CatalogLesson | null => {
    const entry = lessonsById.get(id);
    const chosen = entry && pick(entry, lang);
    if (!entry || !chosen) return null;
    return { ...chosen.meta, langs: (Object.keys(entry) as LessonLang[]).sort() };
  };

  const parts = (lang: LessonLang): CatalogPart[] => {
    const grouped = new Map<string, CatalogLesson[]>();
    for (const id of lessonsById.keys()) {
      const lesson = lessonIn(id, lang) as CatalogLesson;
      const dir = partDir(lesson.dir);
      grouped.set(dir, [...(grouped.get(dir) ?? []), lesson]);
    }
    const dirs = new Set([...grouped.keys(), ...partsByDir.keys()]);
    return [...dirs]
      .map((dir) => {
        const part = pick(partsByDir.get(dir) ?? {}, lang);
        const lessons = (grouped.get(dir) ?? []).sort(byOrder);
        const folder = dir.slice(dir.lastIndexOf('/') + 1);
        const prefix = /^(\d+)-(.*)$/.exec(folder);
        return {
          id: part?.id ?? lessons[0]?.part ?? prefix?.[2] ?? folder,
          order: part?.order ?? Number(prefix?.[1] ?? 0),
          title: part?.title ?? prefix?.[2] ?? folder,
          summary: part?.summary ?? '',
          lang: part?.lang ?? 'en',
          lessons,
          dir,
        };
      })
      .sort(byOrder)
      .map(({ dir: _dir, ...part }) => part);
  };

  const lessons = (lang: LessonLang) => parts(lang).flatMap((p) => p.lessons);

  const scenarios = (id: string): CatalogScenario[] => {
    const lesson = lessonIn(id, 'en');
    if (!lesson) return [];
    const prefix = `${lesson.dir}/`;
    return Object.entries(sources.scenarios)
      .filter(([path]) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
      .map(([path]) => ({ name: path.slice(prefix.length), path }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  };

  // Scenario files loaded so far, by path: a lesson's come with it, so the first page
  // does not evaluate every lesson's scenarios.
  const loaded = new Map<string, Scenario>();
  const loadScenarios = async (id: string): Promise<void> => {
    await Promise.all(
      scenarios(id)
        .filter((file) => !loaded.has(file.path))
        .map(async (file) => {
          loaded.set(file.path, await sources.scenarios[file.path]());
        }),
    );
  };

  return {
    parts,
    lessons,
    find: lessonIn,
    neighbours(id, lang) {
      const list = lessons(lang);
      const i = list.findIndex((l) => l.id === id);
      return {
        previous: i > 0 ? list[i - 1] : null,
        next: i >= 0 && i < list.length - 1 ? list[i + 1] : null,
      };
    },
    async load(id, lang) {
      const entry = lessonsById.get(id);
      const chosen = entry && pick(entry, lang);
      const loader = chosen && sources.lessons[chosen.path];
      if (!loader) return null;
      const [lesson] = await Promise.all([loader(), loadScenarios(id)]);
      return lesson.kind === 'lesson' ? lesson : null;
    },
    scenarios,
    loadScenarios,
    scenario(id, name) {
      const file = scenarios(id).find((s) => s.name === name);
      if (!file) return null;
      const scenario = loaded.get(file.path);
      if (!scenario)
        throw new Error(
          `${name} of lesson ${id} is not loaded yet: load the lesson (or its scenarios) first`,
        );
      return scenario;
    },
    async scenarioSource(id, name) {
      const file = scenarios(id).find((s) => s.name === name);
      const loader = file && sources.sources[file.path];
      return loader ? loader() : null;
    },
  };
}
