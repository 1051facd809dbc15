// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetPlaceholder } from '../../../src/lessons/compileLesson.ts';
import type {
  ChallengePart,
  PredictPart,
  QuizPart,
  SimPart,
} from '../../../src/lessons/lessonTypes.ts';
import {
  FIXTURE_FILE,
  FIXTURE_ROOT,
  compileFixture,
  compiledLesson,
  lessonFailure,
  lessonSource,
} from './lessonFixture.ts';

// lessonSource() puts 4 lines of frontmatter first: the body starts on line 5.
const sim = (settings = 'views: [cluster]') =>
  `\`\`\`sim\nscenario: start.ts\n${settings}\n\`\`\`\n`;

describe('compileLesson: steps', () => {
  it('splits the body into steps at "## Title {#id}" headings', async () => {
    const lesson = await compiledLesson(
      lessonSource(
        [
          '## First look {#first-look}',
          '',
          'Some *prose*.',
          '',
          '## The `sim` block {#second}',
          '',
          'More prose.',
        ].join('\n'),
      ),
    );
    expect(lesson).toMatchObject({
      kind: 'lesson',
      id: 'demo/basics',
      part: 'demo',
      slug: 'basics',
      lang: 'en',
      title: 'Basics',
      summary: 'A test lesson.',
      order: 1,
      dir: '/lessons/01-demo/01-basics',
    });
    expect(lesson.steps.map((s) => s.id)).toEqual(['first-look', 'second']);
    expect(lesson.steps[1].title).toBe('The sim block');
    expect(lesson.steps[1].titleHtml).toBe('The <code>sim</code> block');
    expect(lesson.steps[0].parts).toEqual([{ kind: 'html', html: '<p>Some <em>prose</em>.</p>' }]);
  });

  it('takes the order from the frontmatter when given, else from the folder prefix', async () => {
    const lesson = await compiledLesson(lessonSource('## A {#a}\n', 'title: T\norder: 7'));
    expect(lesson.order).toBe(7);
    expect(lesson.summary).toBe('');
  });

  it('gives headings inside a step ids: explicit, or made from their text, never twice the same', async () => {
    const lesson = await compiledLesson(
      lessonSource(
        [
          '## Step {#step}',
          '',
          '### The cost {#cost}',
          '',
          '### Why it fails',
          '',
          '### Why it fails',
        ].join('\n'),
      ),
    );
    const html = lesson.steps[0].parts[0];
    expect(html).toEqual({
      kind: 'html',
      html: '<h2 id="cost">The cost</h2>\n<h2 id="why-it-fails">Why it fails</h2>\n<h2 id="why-it-fails-2">Why it fails</h2>',
    });
  });

  it('rejects text before the first step, with its line', async () => {
    const error = await lessonFailure(lessonSource('\nIntro text.\n\n## Step {#step}\n'));
    expect(error.message).toBe(
      `${FIXTURE_FILE}:6: text before the first step: a lesson starts with a step heading, "## Title {#step-id}" (the title and summary go in the frontmatter)`,
    );
  });

  it('allows comments before the first step', async () => {
    const lesson = await compiledLesson(lessonSource('<!-- draft -->\n\n## Step {#step}\n'));
    expect(lesson.steps).toHaveLength(1);
  });

  it('rejects a step heading without an id, a badly written id and an id used twice', async () => {
    expect((await lessonFailure(lessonSource('## Step\n'))).message).toBe(
      `${FIXTURE_FILE}:5: a step heading needs an id: "## Step {#step-id}"`,
    );
    expect((await lessonFailure(lessonSource('## Step {#Step_One}\n'))).line).toBe(5);
    const twice = await lessonFailure(lessonSource('## A {#a}\n\ntext\n\n## B {#a}\n'));
    expect(twice.line).toBe(9);
    expect(twice.reason).toContain('"a" is used twice');
  });

  it('rejects "#" headings and a lesson without steps', async () => {
    const h1 = await lessonFailure(lessonSource('## A {#a}\n\n# Big\n'));
    expect(h1.line).toBe(7);
    expect(h1.reason).toContain('no "#" headings');
    const empty = await lessonFailure(lessonSource('\n'));
    expect(empty.reason).toContain('at least one step');
  });

  it('numbers lines correctly after code blocks, lists and tables', async () => {
    const body = [
      '## A {#a}', // 5
      '',
      '```ts',
      'const x = 1;',
      '```',
      '',
      '- one',
      '- two',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      '## {#b}', // 18
    ].join('\n');
    const error = await lessonFailure(lessonSource(body));
    expect(error.line).toBe(18);
    expect(error.reason).toBe('a step heading needs a title before its {#id}');
  });
});

describe('compileLesson: frontmatter', () => {
  it('is required', async () => {
    const error = await lessonFailure('## A {#a}\n');
    expect(error.line).toBe(1);
    expect(error.reason).toContain('starts with frontmatter');
  });

  it('needs a title, knows its keys, and reports YAML mistakes at their line', async () => {
    expect((await lessonFailure(lessonSource('## A {#a}\n', 'summary: S'))).reason).toBe(
      'frontmatter: a "title: ..." is required',
    );
    const typo = await lessonFailure(lessonSource('## A {#a}\n', 'title: T\nsumary: S'));
    expect(typo.line).toBe(3);
    expect(typo.reason).toContain('unknown key "sumary" (did you mean "summary"?)');
    const yaml = await lessonFailure(lessonSource('## A {#a}\n', 'title: T\nsummary: [unclosed'));
    expect(yaml.message).toMatch(new RegExp(`^${FIXTURE_FILE}:\\d+: YAML: `));
    expect(yaml.line).toBeGreaterThanOrEqual(3);
  });
});

describe('compileLesson: sanitising', () => {
  it('drops scripts, inline event handlers, style attributes and javascript: links', async () => {
    const lesson = await compiledLesson(
      lessonSource(
        [
          '## A {#a}',
          '',
          'Hi <script>alert(1)</script><b onclick="steal()" style="color:red">there</b>',
          '',
          '<img src="x.png" onerror="steal()"> [link](javascript:alert(1)) <iframe src="https://evil.example"></iframe>',
          '',
          '[docs](https://kubernetes.io/docs/) and [next](../02-next/)',
        ].join('\n'),
      ),
    );
    const html = (lesson.steps[0].parts[0] as { html: string }).html;
    expect(html).not.toMatch(/script|onclick|onerror|style=|javascript:|iframe/i);
    expect(html).toContain('there');
    expect(html).toContain(
      '<a href="https://kubernetes.io/docs/" rel="noopener noreferrer" target="_blank">docs</a>',
    );
    expect(html).toContain('<a href="../02-next/">next</a>');
  });

  it('keeps code with its language class and tables', async () => {
    const lesson = await compiledLesson(
      lessonSource('## A {#a}\n\n```ts\nconst a = 1 < 2;\n```\n\n| x |\n|---|\n| 1 |\n'),
    );
    const html = (lesson.steps[0].parts[0] as { html: string }).html;
    expect(html).toContain('<pre><code class="language-ts">const a = 1 &lt; 2;');
    expect(html).toContain('<table>');
  });
});

describe('compileLesson: images', () => {
  const exists = (path: string) => path.endsWith('diagram.svg') || path.endsWith('.ts');

  it('imports images beside the lesson through placeholders', async () => {
    const { result, assets, dependencies } = await compileFixture(
      lessonSource('## A {#a}\n\n![the cluster](diagram.svg)\n'),
      { exists },
    );
    expect(assets).toEqual(['diagram.svg']);
    expect(dependencies.some((d) => d.endsWith('01-basics/diagram.svg'))).toBe(true);
    const html =
      result.kind === 'lesson' ? (result.steps[0].parts[0] as { html: string }).html : '';
    expect(html).toBe(`<p><img src="${assetPlaceholder(0)}" alt="the cluster" /></p>`);
  });

  it('rejects images from elsewhere and missing files', async () => {
    const remote = await lessonFailure(
      lessonSource('## A {#a}\n\n![x](https://example.com/x.png)\n'),
      { exists },
    );
    expect(remote.line).toBe(7);
    expect(remote.reason).toContain('put the image file beside the lesson');
    const missing = await lessonFailure(lessonSource('## A {#a}\n\n![x](nothing.png)\n'), {
      exists,
    });
    expect(missing.reason).toBe('image "nothing.png": no such file beside the lesson');
  });
});

describe('compileLesson: sim blocks', () => {
  it('reads every setting, with units', async () => {
    const lesson = await compiledLesson(
      lessonSource(
        `## A {#a}\n\n${sim(
          [
            'views: [cluster, graph, charts, statechart, log, traces, stack, ab]',
            'service: users',
            "from: '10s'",
            'to: 50s',
            'speed: 4',
            'at: 20s',
            'highlight: node-1',
            'autoplay: true',
            'machine: web-2',
            'compare: compare.ts',
          ].join('\n'),
        )}`,
      ),
    );
    const part = lesson.steps[0].parts[0] as SimPart;
    expect(part).toEqual({
      kind: 'sim',
      scenario: 'start.ts',
      views: ['cluster', 'graph', 'charts', 'statechart', 'log', 'traces', 'stack', 'ab'],
      service: 'users',
      fromMs: 10_000,
      toMs: 50_000,
      speed: 4,
      atMs: 20_000,
      highlight: 'node-1',
      autoplay: true,
      editable: true,
      machine: 'web-2',
      compare: 'compare.ts',
    });
    expect(lesson.steps[0].sim).toEqual(part);
  });

  it('has defaults, and stays in effect until the next sim block', async () => {
    const lesson = await compiledLesson(
      lessonSource(
        `## A {#a}\n\n${sim()}\n## B {#b}\n\ntext\n\n## C {#c}\n\n${sim('views: [log]\nat: 30s')}`,
      ),
    );
    const [a, b, c] = lesson.steps;
    expect(a.sim).toMatchObject({
      views: ['cluster'],
      speed: 1,
      atMs: 0,
      fromMs: null,
      autoplay: false,
      editable: true,
    });
    expect(b.sim).toBe(a.sim);
    expect(b.parts).toEqual([{ kind: 'html', html: '<p>text</p>' }]);
    expect(c.sim).toMatchObject({ views: ['log'], atMs: 30_000 });
  });

  it.each([
    // The block's fence is line 7, its "scenario:" line 8, the settings start on line 9.
    ['views: [cluster, grpah]', 9, 'views: no view named "grpah" (did you mean "graph"?)'],
    ['view: [cluster]', 9, 'unknown setting "view" (did you mean "views"?)'],
    ['speed: 100\nviews: [cluster]', 9, 'speed: a number from 0.25 to 64, got 100'],
    ['views: []', 9, '"views" is required'],
    ['views: [cluster]\nfrom: 2m', 10, 'from: start.ts lasts only 60s'],
    ['views: [cluster]\nfrom: 30s\nto: 10s', 11, 'to: the window must end after it starts'],
    ['views: [cluster]\nat: soon', 10, 'at: a duration like 30s'],
    [
      'views: [cluster]\nhighlight: node-9',
      10,
      'highlight: start.ts has nothing named "node-9" (did you mean "node-1"?)',
    ],
    [
      'views: [charts]\nservice: webb',
      10,
      'service: start.ts has no service or traffic source named "webb" (did you mean "web"?)',
    ],
    ['views: [statechart]', 9, 'the statechart view needs "machine:"'],
    ['views: [cluster]\nmachine: node-1', 10, 'machine: only the statechart view draws a machine'],
    ['views: [ab]', 9, 'the A/B view needs "compare:"'],
    [
      'views: [cluster]\ncompare: compare.ts',
      10,
      'compare: only the A/B view compares two scenarios',
    ],
    ['views: [cluster]\nautoplay: yes please', 10, 'autoplay: true or false'],
  ])('rejects %j at its line', async (settings, line, reason) => {
    const error = await lessonFailure(lessonSource(`## A {#a}\n\n${sim(settings)}`));
    expect(error.line).toBe(line);
    expect(error.reason).toContain(reason);
    expect(error.reason.startsWith('sim block: ')).toBe(true);
  });

  it('checks the scenario files it names', async () => {
    const block = (name: string) =>
      `## A {#a}\n\n\`\`\`sim\nviews: [cluster]\nscenario: ${name}\n\`\`\`\n`;
    const missing = await lessonFailure(lessonSource(block('nowhere.ts')));
    expect(missing.message).toBe(
      `${FIXTURE_FILE}:9: sim block: scenario: there is no file nowhere.ts beside this lesson`,
    );
    const broken = await lessonFailure(lessonSource(block('broken.ts')));
    expect(broken.reason).toBe(
      'sim block: scenario: broken.ts: services.web.calls[0]: no service named "wbe" (did you mean "web"?)',
    );
    const nodefault = await lessonFailure(lessonSource(block('nodefault.ts')));
    expect(nodefault.reason).toContain('nodefault.ts has no default export');
    const outside = await lessonFailure(lessonSource(block('../start.ts')));
    expect(outside.reason).toContain('should name a .ts file beside the lesson');
  });

  it('allows one sim block per step', async () => {
    const error = await lessonFailure(lessonSource(`## A {#a}\n\n${sim()}\n${sim()}`));
    expect(error.line).toBe(12);
    expect(error.reason).toContain('one sim block per step');
  });

  it('must stand at the top level, with nothing after its name', async () => {
    const nested = await lessonFailure(
      lessonSource('## A {#a}\n\n- item\n\n  ```sim\n  views: [cluster]\n  ```\n'),
    );
    expect(nested.reason).toContain('must stand on its own');
    const info = await lessonFailure(
      lessonSource('## A {#a}\n\n```sim start.ts\nviews: [cluster]\n```\n'),
    );
    expect(info.line).toBe(7);
  });
});

const predict = (body: string) => `\`\`\`predict\n${body}\n\`\`\`\n`;
const goodPredict = predict(
  [
    'id: node-dies',
    'question: What happens to *latency*?',
    'choices:',
    '  - text: It drops.',
    '  - text: Half the requests time out.',
    '    correct: true',
    '  - It stays the same.',
    'explain: |',
    '  Because the control plane **waits**.',
  ].join('\n'),
);

describe('compileLesson: predict blocks', () => {
  it('reads the question, the choices and the explanation', async () => {
    const lesson = await compiledLesson(lessonSource(`## A {#a}\n\n${sim()}\n${goodPredict}`));
    expect(lesson.steps[0].parts[1] as PredictPart).toEqual({
      kind: 'predict',
      id: 'node-dies',
      questionHtml: 'What happens to <em>latency</em>?',
      choices: [
        { html: 'It drops.', correct: false },
        { html: 'Half the requests time out.', correct: true },
        { html: 'It stays the same.', correct: false },
      ],
      explainHtml: '<p>Because the control plane <strong>waits</strong>.</p>',
    });
  });

  it('needs a simulation in its step or an earlier one', async () => {
    const error = await lessonFailure(lessonSource(`## A {#a}\n\n${goodPredict}`));
    expect(error.line).toBe(8);
    expect(error.reason).toContain('needs a simulation to run');
    await expect(
      compiledLesson(lessonSource(`## A {#a}\n\n${goodPredict}\n${sim()}`)),
    ).resolves.toBeTruthy();
  });

  it.each([
    // The predict block's fence is line 12, its first setting line 13.
    ['question: Q?\nchoices: [a, b]\nexplain: E', 12, '"id" is required'],
    ['id: Q1\nquestion: Q?\nchoices: [a, b]\nexplain: E', 13, 'id: "Q1" should be kebab-case'],
    [
      'id: q\nquestion: Q?\nchoices:\n  - text: a\n  - text: b\nexplain: E',
      15,
      'exactly one must have "correct: true" (0 have)',
    ],
    [
      'id: q\nquestion: Q?\nchoices:\n  - text: a\n    correct: true\nexplain: E',
      15,
      'give at least two',
    ],
    [
      'id: q\nquestion: Q?\nchoices:\n  - text: a\n    correct: true\n  - txt: b\nexplain: E',
      18,
      'unknown setting "txt"',
    ],
    [
      'id: q\nquestion: Q?\nchoices:\n  - text: a\n    correct: true\n  - text: b',
      12,
      '"explain" is required',
    ],
    ['id: q\nquestion: Q?\nchoices: [a, b]\nexplain: E\nhint: H', 17, 'unknown setting "hint"'],
  ])('rejects %j at its line', async (body, line, reason) => {
    const error = await lessonFailure(lessonSource(`## A {#a}\n\n${sim()}\n${predict(body)}`));
    expect(error.reason).toContain(reason);
    expect(error.line).toBe(line);
  });
});

const challenge = (body: string) => `\`\`\`challenge\n${body}\n\`\`\`\n`;
const goals = [
  'goals:',
  '  - errorRate: users',
  '    below: 1%',
  '  - latency: users',
  '    below: 1s',
].join('\n');

describe('compileLesson: challenge blocks', () => {
  it('reads the goal, the goals, the scenario files and the hint', async () => {
    const lesson = await compiledLesson(
      lessonSource(
        `## A {#a}\n\n${challenge(`id: survive\ngoal: Keep **users** happy.\n${goals}\nhint: Add \`replicas\`.`)}`,
      ),
    );
    expect(lesson.steps[0].parts[0] as ChallengePart).toEqual({
      kind: 'challenge',
      id: 'survive',
      goalHtml: '<p>Keep <strong>users</strong> happy.</p>',
      goals: [
        { errorRate: 'users', below: '1%' },
        { latency: 'users', below: '1s' },
      ],
      keep: [],
      start: 'start.ts',
      solution: 'solution.ts',
      hintHtml: '<p>Add <code>replicas</code>.</p>',
    });
  });

  it('checks its goals against the start scenario, at the line of the mistake', async () => {
    const body = [
      'id: survive', // 8
      'goal: Keep users happy.',
      'goals:',
      '  - errorRate: users',
      '    below: 1%',
      '  - latency: user', // 13
      '    below: 1s',
    ].join('\n');
    const error = await lessonFailure(lessonSource(`## A {#a}\n\n${challenge(body)}`));
    expect(error.message).toBe(
      `${FIXTURE_FILE}:13: challenge block: goals[1].latency: no service or traffic source named "user" (did you mean "users"?)`,
    );
  });

  it('checks its goals against the solution too, and the files it names', async () => {
    const onlyInStart = `id: c\ngoal: G\ngoals:\n  - latency: gateway\n    below: 1s\nsolution: compare.ts`;
    const error = await lessonFailure(lessonSource(`## A {#a}\n\n${challenge(onlyInStart)}`));
    expect(error.reason).toContain('(in compare.ts)');
    const typo = await lessonFailure(
      lessonSource(`## A {#a}\n\n${challenge(`id: c\ngoal: G\n${goals}\nstart: strat.ts`)}`),
    );
    expect(typo.line).toBe(15);
    expect(typo.reason).toBe(
      'challenge block: start: there is no file strat.ts beside this lesson',
    );
    const same = await lessonFailure(
      lessonSource(`## A {#a}\n\n${challenge(`id: c\ngoal: G\n${goals}\nsolution: start.ts`)}`),
    );
    expect(same.reason).toContain('another file than the start');
  });

  it('needs goals, and ids unique in the lesson', async () => {
    const none = await lessonFailure(lessonSource(`## A {#a}\n\n${challenge('id: c\ngoal: G')}`));
    expect(none.reason).toContain('"goals" is required');
    const clash = await lessonFailure(
      lessonSource(`## a {#c}\n\n${challenge(`id: c\ngoal: G\n${goals}`)}`),
    );
    expect(clash.reason).toContain('"c" is used twice');
  });
});

describe('compileLesson: part files and languages', () => {
  it('compiles a part file to its title', async () => {
    const { result } = await compileFixture('---\ntitle: Demo\n---\n', {
      file: 'lessons/01-demo/index.md',
    });
    expect(result).toEqual({
      kind: 'part',
      id: 'demo',
      lang: 'en',
      title: 'Demo',
      summary: '',
      order: 1,
      dir: '/lessons/01-demo',
    });
  });

  it('rejects prose in a part file', async () => {
    const error = await lessonFailure('---\ntitle: Demo\n---\n\nHello\n', {
      file: 'lessons/01-demo/index.zh.md',
    });
    expect(error.message).toMatch(
      /^lessons\/01-demo\/index\.zh\.md:5: a part file holds only its frontmatter/,
    );
  });

  it('reads the language from the file name, and outlines what translations must share', async () => {
    const { result, outline } = await compileFixture(
      lessonSource(`## 第一步 {#a}\n\n${sim()}\n${goodPredict}`, 'title: 基础'),
      { file: 'lessons/01-demo/01-basics/index.zh.md' },
    );
    expect(result).toMatchObject({ lang: 'zh', title: '基础', id: 'demo/basics' });
    expect(outline.map((o) => [o.line, o.label])).toEqual([
      [1, 'order 1'],
      [4, 'step "a"'],
      [6, 'a sim block'],
      [11, 'the predict block "node-dies"'],
    ]);
  });

  it('accepts Windows line endings', async () => {
    const lesson = await compiledLesson(
      lessonSource('## A {#a}\r\n\r\ntext\r\n').replace(/\n/g, '\r\n'),
    );
    expect(lesson.steps[0].parts).toEqual([{ kind: 'html', html: '<p>text</p>' }]);
  });
});

const quiz = (body: string) => `\`\`\`quiz\n${body}\n\`\`\`\n`;
const QUIZ_FILE = 'lessons/01-demo/02-quiz/index.md';
const quizFixture = (file: string) =>
  compileFixture(readFileSync(join(FIXTURE_ROOT, file), 'utf8'), { file });

describe('compileLesson: quiz blocks', () => {
  it('compiles the fixture lesson: shared choices, per-item choices, in a step with a sim', async () => {
    const { result, outline } = await quizFixture(QUIZ_FILE);
    if (result.kind !== 'lesson') throw new Error('expected a lesson');
    const [models, fault] = result.steps;
    const place = models.parts[1] as QuizPart;
    expect(place).toMatchObject({
      kind: 'quiz',
      id: 'place-services',
      questionHtml: 'Which model is each service?',
      explainHtml: '<p>The further right, the less you manage.</p>',
    });
    expect(place.items.map((i) => [i.html, i.choices.join('/'), i.answer])).toEqual([
      ['Amazon EC2, a virtual machine you rent', 'IaaS/PaaS/SaaS', 0],
      ['Heroku', 'IaaS/PaaS/SaaS', 1],
      ['Amazon S3, object storage', 'IaaS/PaaS/SaaS', 0],
      ['Gmail', 'IaaS/PaaS/SaaS', 2],
    ]);
    expect(place.items[2].explainHtml).toBe(
      '<p>A building block you build on, not an application you <em>use</em>.</p>',
    );
    expect(fault.sim?.scenario).toBe('start.ts');
    const find = fault.parts.find((p) => p.kind === 'quiz') as QuizPart;
    expect(find.items.map((i) => [i.choices.length, i.answer])).toEqual([
      [3, 2],
      [5, 0],
    ]);
    expect(outline.filter((o) => o.key.startsWith('quiz')).map((o) => o.label)).toEqual([
      'the quiz block "place-services"',
      'the quiz block "find-the-fault"',
    ]);
  });

  it('outlines a quiz by its structure, so a translation may translate choices and answers', async () => {
    const en = await quizFixture(QUIZ_FILE);
    const zh = await quizFixture(QUIZ_FILE.replace('.md', '.zh.md'));
    const keys = (o: typeof en.outline) => o.map((e) => e.key);
    expect(keys(zh.outline)).toEqual(keys(en.outline));
    const moved = await compileFixture(
      lessonSource(
        `## A {#a}\n\n${quiz('id: q\nquestion: Q\nchoices: [a, b]\nitems:\n  - text: x\n    answer: b')}`,
      ),
    );
    const original = await compileFixture(
      lessonSource(
        `## A {#a}\n\n${quiz('id: q\nquestion: Q\nchoices: [a, b]\nitems:\n  - text: x\n    answer: a')}`,
      ),
    );
    expect(keys(moved.outline)).not.toEqual(keys(original.outline));
  });

  it('fails at the line of a mistake, and keeps ids unique across the lesson', async () => {
    // The quiz's fence is line 7, its first setting line 8.
    const typo = await lessonFailure(
      lessonSource(
        `## A {#a}\n\n${quiz('id: q\nquestion: Q\nchoices: [IaaS, PaaS]\nitems:\n  - text: x\n    answer: Paas')}`,
      ),
    );
    expect(typo.message).toBe(
      `${FIXTURE_FILE}:13: quiz block: answer: "Paas" is not one of the choices (IaaS, PaaS) (did you mean "PaaS"?)`,
    );
    const clash = await lessonFailure(
      lessonSource(
        `## A {#place}\n\n${quiz('id: place\nquestion: Q\nchoices: [a, b]\nitems:\n  - text: x\n    answer: a')}`,
      ),
    );
    expect(clash.message).toBe(`${FIXTURE_FILE}:8: the id "place" is used twice in this lesson`);
    const nested = await lessonFailure(
      lessonSource(`## A {#a}\n\n- item\n\n  \`\`\`quiz\n  id: q\n  \`\`\`\n`),
    );
    expect(nested.reason).toBe('a quiz block must stand on its own, not inside a list or a quote');
  });
});
