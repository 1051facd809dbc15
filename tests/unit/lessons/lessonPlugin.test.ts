// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lessonPlugin } from '../../../src/lessons/lessonPlugin.ts';
import type { Lesson, LessonMeta } from '../../../src/lessons/lessonTypes.ts';

const SCENARIOS: Record<string, unknown> = {
  'start.ts': {
    duration: '1m',
    services: { web: { replicas: 2 } },
    traffic: { users: { to: 'web', rate: 5 } },
  },
  'solution.ts': {
    duration: '1m',
    services: { web: { replicas: 3 } },
    traffic: { users: { to: 'web', rate: 5 } },
  },
};

const EN = `---
title: Basics
summary: The first lesson.
---

## Look {#look}

Hello.

\`\`\`sim
scenario: start.ts
views: [cluster]
\`\`\`

## Try {#try}

\`\`\`challenge
id: more
goal: Keep users happy.
goals:
  - errorRate: users
    below: 1%
\`\`\`
`;

const ZH = EN.replace('title: Basics', 'title: 基础')
  .replace('Hello.', '你好。')
  .replace('## Look', '## 看看');

interface Context {
  addWatchFile: ReturnType<typeof vi.fn>;
  error: (e: { message: string; id?: string; loc?: { line: number } }) => never;
}

let root = '';
let lessonDir = '';

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function setup() {
  const plugin = lessonPlugin({
    loadScenario: async (path) => ({ default: SCENARIOS[basename(path)] }),
  });
  (plugin.configResolved as (c: ResolvedConfig) => void)({ root } as ResolvedConfig);
  const errors: { message: string; id?: string; loc?: { line: number } }[] = [];
  const context: Context = {
    addWatchFile: vi.fn(),
    error: (e) => {
      errors.push(e);
      throw new Error(e.message);
    },
  };
  const load = async (id: string) =>
    (await (
      plugin.load as unknown as (this: Context, id: string) => Promise<{ code: string } | null>
    ).call(context, id)) ?? null;
  return { plugin, context, errors, load };
}

/** The data a module without images exports (after the imports of its scenario files). */
function exported<T>(code: string): T {
  const body = code.slice(code.indexOf('export default '));
  return new Function(body.replace(/^export default /, 'return '))() as T;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cloudscope-lessons-'));
  lessonDir = join(root, 'lessons/01-demo/01-basics');
  write('lessons/01-demo/index.md', '---\ntitle: Demo\n---\n');
  write('lessons/01-demo/01-basics/index.md', EN);
  write('lessons/01-demo/01-basics/start.ts', '// loaded through the test loader\n');
  write('lessons/01-demo/01-basics/solution.ts', '// loaded through the test loader\n');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('lessonPlugin', () => {
  it('turns a lesson file into a module exporting the compiled lesson', async () => {
    const { load, context } = setup();
    const result = await load(join(lessonDir, 'index.md'));
    const lesson = exported<Lesson>(result?.code ?? '');
    expect(lesson).toMatchObject({
      kind: 'lesson',
      id: 'demo/basics',
      lang: 'en',
      title: 'Basics',
    });
    expect(lesson.steps.map((s) => s.id)).toEqual(['look', 'try']);
    expect(lesson.steps[1].parts[0]).toMatchObject({ kind: 'challenge', id: 'more' });
    // The scenario files it runs load with it.
    expect(result?.code).toMatch(
      /^import "\.\/(start|solution)\.ts";\nimport "\.\/(start|solution)\.ts";\n/,
    );
    expect(context.addWatchFile).toHaveBeenCalledWith(join(lessonDir, 'start.ts'));
    expect(context.addWatchFile).toHaveBeenCalledWith(join(lessonDir, 'solution.ts'));
  });

  it('gives only the metadata for ?meta', async () => {
    const { load } = setup();
    const meta = exported<LessonMeta>(
      (await load(`${join(lessonDir, 'index.md')}?meta`))?.code ?? '',
    );
    expect(meta.steps).toEqual([
      { id: 'look', title: 'Look' },
      { id: 'try', title: 'Try' },
    ]);
  });

  it('compiles part files, and leaves every other file alone', async () => {
    const { load } = setup();
    const part = exported<{ kind: string; title: string }>(
      (await load(join(root, 'lessons/01-demo/index.md')))?.code ?? '',
    );
    expect(part).toMatchObject({ kind: 'part', id: 'demo', title: 'Demo' });
    expect(await load(join(root, 'README.md'))).toBeNull();
    expect(await load(join(root, 'docs/index.md'))).toBeNull();
    expect(await load(`${join(lessonDir, 'index.md')}?raw`)).toBeNull();
  });

  it('fails the build at the file and line of a mistake', async () => {
    write('lessons/01-demo/01-basics/index.md', EN.replace('views: [cluster]', 'views: [clutser]'));
    const { load, errors } = setup();
    await expect(load(join(lessonDir, 'index.md'))).rejects.toThrow(
      'lessons/01-demo/01-basics/index.md:12: sim block: views: no view named "clutser" (did you mean "cluster"?)',
    );
    expect(errors[0]).toMatchObject({ id: join(lessonDir, 'index.md'), loc: { line: 12 } });
  });

  it('accepts a translation with the same outline', async () => {
    write('lessons/01-demo/01-basics/index.zh.md', ZH);
    const { load } = setup();
    const zh = exported<Lesson>((await load(join(lessonDir, 'index.zh.md')))?.code ?? '');
    expect(zh).toMatchObject({ lang: 'zh', title: '基础' });
    await expect(load(join(lessonDir, 'index.md'))).resolves.toBeTruthy();
  });

  it('fails when the English and Chinese versions have different steps or blocks', async () => {
    write('lessons/01-demo/01-basics/index.zh.md', ZH.replace('{#try}', '{#attempt}'));
    const { load } = setup();
    await expect(load(join(lessonDir, 'index.md'))).rejects.toThrow(
      'lessons/01-demo/01-basics/index.zh.md:15: here the translation has step "attempt" where index.md has step "try" (line 15)',
    );
    write('lessons/01-demo/01-basics/index.zh.md', ZH.replace('id: more', 'id: other'));
    await expect(setup().load(join(lessonDir, 'index.zh.md'))).rejects.toThrow(
      /the challenge block "other"/,
    );
  });

  it('fails when a translation changes a setting that is not prose', async () => {
    write('lessons/01-demo/01-basics/index.zh.md', ZH.replace('below: 1%', 'below: 2%'));
    const { load } = setup();
    await expect(load(join(lessonDir, 'index.zh.md'))).rejects.toThrow(
      'index.zh.md:17: the challenge block "more" has other settings than in index.md (line 17)',
    );
  });

  it('fails for a translation without its English file', async () => {
    write('lessons/01-demo/02-alone/index.zh.md', ZH);
    write('lessons/01-demo/02-alone/start.ts', '//\n');
    write('lessons/01-demo/02-alone/solution.ts', '//\n');
    const { load } = setup();
    await expect(load(join(root, 'lessons/01-demo/02-alone/index.zh.md'))).rejects.toThrow(
      'a translation needs the English lessons/01-demo/02-alone/index.md beside it',
    );
  });

  it('recompiles a lesson when a file of its folder changes in the dev server', async () => {
    const { load, plugin } = setup();
    await load(join(lessonDir, 'index.md'));
    const module = { id: join(lessonDir, 'index.md') };
    const invalidateModule = vi.fn();
    const server = {
      moduleGraph: { getModulesByFile: () => new Set([module]), invalidateModule },
    };
    const hot = plugin.handleHotUpdate as (ctx: unknown) => unknown[] | undefined;
    const changed = hot({ file: join(lessonDir, 'start.ts'), server, modules: [] });
    expect(changed).toEqual([module]);
    expect(invalidateModule).toHaveBeenCalledWith(module);
    expect(hot({ file: join(root, 'src/main.ts'), server, modules: [] })).toBeUndefined();
  });
});

describe('lessonPlugin: quizzes in translations', () => {
  const QUIZ_EN = `---
title: Models
---

## Place {#place}

\`\`\`quiz
id: place-services
question: Which model is each service?
choices: [IaaS, PaaS, SaaS]
items:
  - text: Amazon EC2
    answer: IaaS
  - text: Gmail
    answer: SaaS
\`\`\`
`;
  const QUIZ_ZH = QUIZ_EN.replace('title: Models', 'title: 模型')
    .replace('Which model is each service?', '每个服务属于哪种模型？')
    .replace('[IaaS, PaaS, SaaS]', '[基础设施即服务, 平台即服务, 软件即服务]')
    .replace('answer: IaaS', 'answer: 基础设施即服务')
    .replace('answer: SaaS', 'answer: 软件即服务')
    .replace('Gmail', 'Gmail 邮箱');

  beforeEach(() => write('lessons/01-demo/01-basics/index.md', QUIZ_EN));

  it('accepts translated choices and answers when the structure is the same', async () => {
    write('lessons/01-demo/01-basics/index.zh.md', QUIZ_ZH);
    const zh = exported<Lesson>((await setup().load(join(lessonDir, 'index.zh.md')))?.code ?? '');
    expect(zh.steps[0].parts[0]).toMatchObject({
      kind: 'quiz',
      items: [
        { choices: ['基础设施即服务', '平台即服务', '软件即服务'], answer: 0 },
        { html: 'Gmail 邮箱', answer: 2 },
      ],
    });
  });

  it.each([
    ['another right answer', QUIZ_ZH.replace('answer: 软件即服务', 'answer: 平台即服务')],
    ['an item fewer', QUIZ_ZH.replace('  - text: Gmail 邮箱\n    answer: 软件即服务\n', '')],
    ['a choice fewer', QUIZ_ZH.replace(', 平台即服务', '')],
  ])('fails for %s', async (_what, zh) => {
    write('lessons/01-demo/01-basics/index.zh.md', zh);
    await expect(setup().load(join(lessonDir, 'index.zh.md'))).rejects.toThrow(
      'lessons/01-demo/01-basics/index.zh.md:7: the quiz block "place-services" has other settings than in index.md (line 7); choices and answers are translated, but the items, the number of choices of each and which one is right must stay the same',
    );
  });
});
