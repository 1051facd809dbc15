import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/locale.svelte.ts';
import { lessonCatalog } from '../../../src/lessons/lessonCatalog.ts';
import { lessonSpec } from '../../../src/lessons/lessonSpec.ts';
import type { ChallengePart } from '../../../src/lessons/lessonTypes.ts';
import { specKey } from '../../../src/lessons/specKey.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';

describe('lessonCatalog (the course in lessons/, compiled by lessonPlugin)', () => {
  it('lists the parts and their lessons with ids free of number prefixes', () => {
    const parts = lessonCatalog.parts('en');
    expect(parts[0]).toMatchObject({ id: 'start', order: 0, title: 'Start here', lang: 'en' });
    expect(parts[0].lessons[0]).toMatchObject({
      id: 'start/tour',
      part: 'start',
      slug: 'tour',
      title: 'A tour of cloudscope',
      langs: ['en', 'zh'],
    });
    for (const part of parts) {
      expect(part.id).toMatch(/^[a-z0-9-]+$/);
      const orders = part.lessons.map((l) => l.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
    }
  });

  it('speaks the reader’s language', async () => {
    expect(lessonCatalog.parts('zh')[0]).toMatchObject({ title: '从这里开始', lang: 'zh' });
    expect(lessonCatalog.find('start/tour', 'zh')).toMatchObject({
      title: 'cloudscope 导览',
      lang: 'zh',
    });
    const lesson = await lessonCatalog.load('start/tour', 'zh');
    expect(lesson?.lang).toBe('zh');
    expect(lesson?.steps[0].parts[0].kind).toBe('html');
  });

  it('loads a lesson’s content on demand, with the same outline in every language', async () => {
    const en = await lessonCatalog.load('start/tour', 'en');
    const zh = await lessonCatalog.load('start/tour', 'zh');
    expect(en?.steps.map((s) => s.id)).toEqual(zh?.steps.map((s) => s.id));
    expect(await lessonCatalog.load('no/such-lesson', 'en')).toBeNull();
  });

  it('finds the scenario files beside a lesson, and their source text', async () => {
    const names = lessonCatalog.scenarios('start/tour').map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['start.ts', 'solution.ts']));
    expect(lessonCatalog.scenario('start/tour', 'start.ts')).toMatchObject({ duration: '3m' });
    const source = await lessonCatalog.scenarioSource('start/tour', 'start.ts');
    expect(source).toContain("from 'cloudscope'");
    expect(await lessonCatalog.scenarioSource('start/tour', 'missing.ts')).toBeNull();
  });

  it('knows every scenario a lesson names', async () => {
    for (const meta of lessonCatalog.lessons('en')) {
      const lesson = await lessonCatalog.load(meta.id, 'en');
      for (const step of lesson?.steps ?? []) {
        for (const part of step.parts) {
          const files =
            part.kind === 'sim'
              ? [part.scenario, part.compare]
              : part.kind === 'challenge'
                ? [part.start, part.solution]
                : [];
          for (const file of files) {
            if (file)
              expect(lessonCatalog.scenario(meta.id, file), `${meta.id}: ${file}`).not.toBeNull();
          }
        }
      }
    }
  });

  it('carries every run a lesson starts compiled, as the page would compile it', async () => {
    let checked = 0;
    for (const meta of lessonCatalog.lessons('en')) {
      for (const lang of LANGS) {
        const lesson = await lessonCatalog.load(meta.id, lang);
        if (!lesson) continue;
        const runs: [string, ChallengePart | null][] = [];
        for (const step of lesson.steps) {
          if (step.sim) runs.push([step.sim.scenario, null]);
          if (step.sim?.compare) runs.push([step.sim.compare, null]);
          for (const part of step.parts)
            if (part.kind === 'challenge') runs.push([part.start, part], [part.solution, part]);
        }
        for (const [file, challenge] of runs) {
          const key = specKey(file, challenge?.id ?? null);
          const scenario = lessonCatalog.scenario(meta.id, file) as Scenario;
          expect(lesson.specs[key], `${meta.id} (${lang}): ${key}`).toEqual(
            lessonSpec(scenario, challenge?.goals ?? null),
          );
          checked++;
        }
        // Nothing else: a run the page never starts would only weigh the lesson down.
        expect(Object.keys(lesson.specs).sort()).toEqual(
          [...new Set(runs.map(([f, c]) => specKey(f, c?.id ?? null)))].sort(),
        );
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
