// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lessonMeta, lessonModuleCode } from '../../../src/lessons/lessonModuleCode.ts';
import type { Lesson, PartMeta } from '../../../src/lessons/lessonTypes.ts';

const lesson: Lesson = {
  kind: 'lesson',
  id: 'a/b',
  part: 'a',
  slug: 'b',
  lang: 'en',
  title: 'B',
  summary: '',
  order: 1,
  dir: '/lessons/01-a/01-b',
  steps: [
    {
      id: 's',
      title: 'S',
      titleHtml: 'S',
      sim: null,
      parts: [
        {
          kind: 'html',
          html: '<img src="__CLOUDSCOPE_ASSET_1__" /><img src="__CLOUDSCOPE_ASSET_0__" />',
        },
      ],
    },
  ],
  specs: {},
};

/** A part (no compiled runs), exported as plain JSON. */
const part: PartMeta = {
  kind: 'part',
  id: 'a',
  lang: 'en',
  title: 'A',
  summary: '',
  order: 1,
  dir: '/lessons/01-a',
};

/** A lesson with a compiled run holding a number JSON cannot write. */
const withSpecs = {
  ...lesson,
  specs: { 'start.ts': { durationMs: 60_000, timeoutMs: Infinity } },
} as unknown as Lesson;

/** Runs a generated module, with its image imports replaced by URLs. */
function evaluate(code: string, urls: string[]): unknown {
  const body = code
    .replace(
      /^import (asset\d+) from "[^"]+";$/gm,
      (_, name: string) => `const ${name} = ${JSON.stringify(urls[Number(name.slice(5))])};`,
    )
    .replace('export default', 'return');
  return new Function(body)();
}

describe('lessonModuleCode', () => {
  it('exports the data as JSON', () => {
    const code = lessonModuleCode(part, []);
    expect(code).toBe(`export default ${JSON.stringify(part)};\n`);
    expect(evaluate(lessonModuleCode(lesson, []), [])).toEqual(lesson);
  });

  it('keeps Infinity in a lesson’s compiled runs, with or without images', () => {
    expect(evaluate(lessonModuleCode(withSpecs, []), [])).toEqual(withSpecs);
    const result = evaluate(lessonModuleCode(withSpecs, ['diagram.svg']), ['/d.svg']) as Lesson;
    expect(result.specs['start.ts']).toEqual({ durationMs: 60_000, timeoutMs: Infinity });
    expect(JSON.stringify(result.steps)).toContain('/d.svg');
  });

  it('imports the scenario files it runs, so they load with the lesson', () => {
    const code = lessonModuleCode(part, [], ['start.ts', 'solution.ts']);
    expect(code).toBe(
      `import "./start.ts";\nimport "./solution.ts";\nexport default ${JSON.stringify(part)};\n`,
    );
    expect(lessonModuleCode(lesson, ['diagram.svg'], ['start.ts'])).toMatch(
      /^import "\.\/start\.ts";\nimport asset0 from "\.\/diagram\.svg\?url";/,
    );
  });

  it('imports images and puts their URLs in place', () => {
    const code = lessonModuleCode(lesson, ['diagram.svg', 'photos/node.png']);
    expect(code).toContain('import asset0 from "./diagram.svg?url";');
    expect(code).toContain('import asset1 from "./photos/node.png?url";');
    const result = evaluate(code, ['/assets/diagram-1.svg', '/assets/node-2.png']) as Lesson;
    expect(result.steps[0].parts[0]).toEqual({
      kind: 'html',
      html: '<img src="/assets/node-2.png" /><img src="/assets/diagram-1.svg" />',
    });
  });
});

describe('lessonMeta', () => {
  it('keeps the steps’ ids and titles only, and no compiled runs', () => {
    const { specs: _specs, ...rest } = withSpecs;
    expect(lessonMeta(withSpecs)).toEqual({ ...rest, steps: [{ id: 's', title: 'S' }] });
    expect(lessonMeta(withSpecs)).not.toHaveProperty('specs');
  });
});
