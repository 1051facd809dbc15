// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createLessonCatalog } from '../../../src/lessons/createLessonCatalog.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import type { Lesson, LessonLang, LessonMeta, PartMeta } from '../../../src/lessons/lessonTypes.ts';

function lessonMeta(dir: string, lang: LessonLang, title: string, order?: number): LessonMeta {
  const [, , partFolder, lessonFolder] = dir.split('/');
  const part = partFolder.replace(/^\d+-/, '');
  const slug = lessonFolder.replace(/^\d+-/, '');
  return {
    kind: 'lesson',
    id: `${part}/${slug}`,
    part,
    slug,
    lang,
    title,
    summary: '',
    order: order ?? Number(/^\d+/.exec(lessonFolder)?.[0]),
    dir,
    steps: [{ id: 'one', title: 'One' }],
  };
}

function partMeta(dir: string, lang: LessonLang, title: string): PartMeta {
  const folder = dir.split('/')[2];
  return {
    kind: 'part',
    id: folder.replace(/^\d+-/, ''),
    lang,
    title,
    summary: '',
    order: Number(/^\d+/.exec(folder)?.[0]),
    dir,
  };
}

const metas: Record<string, LessonMeta | PartMeta> = {
  '/lessons/02-microservices/index.md': partMeta(
    '/lessons/02-microservices',
    'en',
    'Microservices',
  ),
  '/lessons/01-foundations/index.md': partMeta('/lessons/01-foundations', 'en', 'Foundations'),
  '/lessons/01-foundations/index.zh.md': partMeta('/lessons/01-foundations', 'zh', '基础'),
  '/lessons/01-foundations/02-service-models/index.md': lessonMeta(
    '/lessons/01-foundations/02-service-models',
    'en',
    'Service models',
  ),
  '/lessons/01-foundations/02-service-models/index.zh.md': lessonMeta(
    '/lessons/01-foundations/02-service-models',
    'zh',
    '服务模型',
  ),
  '/lessons/01-foundations/01-elasticity/index.md': lessonMeta(
    '/lessons/01-foundations/01-elasticity',
    'en',
    'Elasticity',
  ),
  '/lessons/01-foundations/10-costs/index.md': lessonMeta(
    '/lessons/01-foundations/10-costs',
    'en',
    'Costs',
  ),
  '/lessons/02-microservices/01-timeouts/index.md': lessonMeta(
    '/lessons/02-microservices/01-timeouts',
    'en',
    'Timeouts',
  ),
  '/lessons/03-untitled/01-extra/index.md': lessonMeta(
    '/lessons/03-untitled/01-extra',
    'en',
    'Extra',
  ),
};

const loaded: string[] = [];
const lessons = Object.fromEntries(
  Object.entries(metas).map(([path, meta]) => [
    path,
    async () => {
      loaded.push(path);
      return meta.kind === 'part' ? meta : ({ ...meta, steps: [], specs: {} } as Lesson);
    },
  ]),
);

const scenariosLoaded: string[] = [];
const scenarios = Object.fromEntries(
  Object.entries<Scenario>({
    '/lessons/01-foundations/01-elasticity/start.ts': { services: { web: {} } },
    '/lessons/01-foundations/01-elasticity/solution.ts': { services: { web: { replicas: 2 } } },
    '/lessons/01-foundations/01-elasticity/extra/helper.ts': { services: {} },
    '/lessons/01-foundations/02-service-models/start.ts': { services: { api: {} } },
  }).map(([path, scenario]) => [
    path,
    async () => {
      scenariosLoaded.push(path);
      return scenario;
    },
  ]),
);
const catalog = createLessonCatalog({
  metas,
  lessons,
  scenarios,
  sources: { '/lessons/01-foundations/01-elasticity/start.ts': async () => 'export default {}' },
});

describe('createLessonCatalog', () => {
  it('orders parts and lessons by their number prefixes, not by name', () => {
    const parts = catalog.parts('en');
    expect(parts.map((p) => p.id)).toEqual(['foundations', 'microservices', 'untitled']);
    expect(parts[0].lessons.map((l) => l.id)).toEqual([
      'foundations/elasticity',
      'foundations/service-models',
      'foundations/costs',
    ]);
    expect(catalog.lessons('en').map((l) => l.slug)).toEqual([
      'elasticity',
      'service-models',
      'costs',
      'timeouts',
      'extra',
    ]);
  });

  it('falls back on the folder name for a part without a part file', () => {
    expect(catalog.parts('en')[2]).toMatchObject({ id: 'untitled', order: 3, title: 'untitled' });
  });

  it('picks the reader’s language, and English where there is no translation', () => {
    const zh = catalog.parts('zh');
    expect(zh[0]).toMatchObject({ title: '基础', lang: 'zh' });
    expect(zh[1]).toMatchObject({ title: 'Microservices', lang: 'en' });
    expect(zh[0].lessons.map((l) => [l.title, l.lang])).toEqual([
      ['Elasticity', 'en'],
      ['服务模型', 'zh'],
      ['Costs', 'en'],
    ]);
    expect(catalog.find('foundations/service-models', 'zh')?.langs).toEqual(['en', 'zh']);
    expect(catalog.find('foundations/elasticity', 'zh')?.langs).toEqual(['en']);
    expect(catalog.find('nothing/here', 'en')).toBeNull();
  });

  it('loads content only when asked, in the chosen language', async () => {
    expect(loaded).toEqual([]);
    const lesson = await catalog.load('foundations/service-models', 'zh');
    expect(lesson?.title).toBe('服务模型');
    expect(loaded).toEqual(['/lessons/01-foundations/02-service-models/index.zh.md']);
    expect((await catalog.load('foundations/elasticity', 'zh'))?.lang).toBe('en');
  });

  it('gives a lesson’s neighbours across parts', () => {
    expect(catalog.neighbours('foundations/costs', 'en')).toMatchObject({
      previous: { id: 'foundations/service-models' },
      next: { id: 'microservices/timeouts' },
    });
    expect(catalog.neighbours('foundations/elasticity', 'en').previous).toBeNull();
    expect(catalog.neighbours('untitled/extra', 'en').next).toBeNull();
  });

  it('finds the scenario files directly beside a lesson', async () => {
    expect(catalog.scenarios('foundations/elasticity').map((s) => s.name)).toEqual([
      'solution.ts',
      'start.ts',
    ]);
    // A lesson's scenarios load with it (the tests above loaded both lessons), not before.
    expect(scenariosLoaded.sort()).toEqual([
      '/lessons/01-foundations/01-elasticity/solution.ts',
      '/lessons/01-foundations/01-elasticity/start.ts',
      '/lessons/01-foundations/02-service-models/start.ts',
    ]);
    const fresh = createLessonCatalog({ metas, lessons, scenarios, sources: {} });
    expect(() => fresh.scenario('foundations/service-models', 'start.ts')).toThrow(
      /start.ts of lesson foundations\/service-models is not loaded yet/,
    );
    await fresh.loadScenarios('foundations/service-models');
    expect(fresh.scenario('foundations/service-models', 'start.ts')).toEqual({
      services: { api: {} },
    });
    expect(catalog.scenario('foundations/service-models', 'start.ts')).toEqual({
      services: { api: {} },
    });
    expect(catalog.scenario('foundations/service-models', 'solution.ts')).toBeNull();
    expect(await catalog.scenarioSource('foundations/elasticity', 'start.ts')).toBe(
      'export default {}',
    );
    expect(await catalog.scenarioSource('foundations/elasticity', 'solution.ts')).toBeNull();
  });
});
