import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Token, Tokens } from 'marked';
import { didYouMean } from '../scenario/didYouMean.ts';
import {
  createLessonMarkdown,
  type AnchoredHeading,
  type LessonMarkdown,
} from './createLessonMarkdown.ts';
import { DirectiveFields, type DirectiveKind } from './directiveFields.ts';
import { LessonError } from './lessonError.ts';
import { lessonRuns } from './lessonRuns.ts';
import type { Lesson, LessonPart, LessonStep, PartMeta, SimPart } from './lessonTypes.ts';
import { CHALLENGE_KEYS, parseChallengeDirective } from './parseChallengeDirective.ts';
import { parseFrontmatter, type Frontmatter } from './parseFrontmatter.ts';
import { parseLessonPath } from './parseLessonPath.ts';
import { PREDICT_KEYS, parsePredictDirective } from './parsePredictDirective.ts';
import { QUIZ_KEYS, parseQuizDirective } from './parseQuizDirective.ts';
import { SIM_KEYS, parseSimDirective } from './parseSimDirective.ts';
import { parseYamlBlock } from './parseYamlBlock.ts';
import { scenarioFiles, type ScenarioLoader } from './scenarioFiles.ts';

/** One thing that must match between the English and Chinese versions, and where it stands. */
export interface OutlineEntry {
  line: number;
  /** Equal keys mean "the same" (ids, kinds, every setting that is not text). */
  key: string;
  /** How a message names it: `step "panel"`, `the predict block "node-dies"`. */
  label: string;
  /** What must stay the same, for the message when a translation differs (default: all but prose). */
  same?: string;
}

export interface CompiledFile {
  result: Lesson | PartMeta;
  outline: OutlineEntry[];
  /** Files the result depends on besides the markdown itself (absolute paths). */
  dependencies: string[];
  /** Images beside the lesson (relative paths), in the order of their placeholders. */
  assets: string[];
}

export interface CompileLessonOptions {
  /** The file's path from the project root, with `/`: `lessons/01-cloud/01-elasticity/index.md`. */
  file: string;
  /** The project root (absolute). */
  root: string;
  /** Loads scenario files (see `loadScenarioModule`). */
  loadScenario: ScenarioLoader;
  exists?: (path: string) => boolean;
}

/** The placeholder an image's URL takes in the HTML until the module imports the file. */
export function assetPlaceholder(index: number): string {
  return `__CLOUDSCOPE_ASSET_${index}__`;
}

const DIRECTIVES = new Set<string>(['sim', 'predict', 'challenge', 'quiz']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ANCHOR = /\s*\{#([^}]*)\}\s*$/;
const FRONTMATTER_KEYS = ['title', 'summary', 'order'];

function frontmatterFields(fm: Frontmatter, file: string) {
  const data = fm.data.value as Record<string, unknown>;
  const fail = (key: string, reason: string): never => {
    throw new LessonError(file, fm.data.lineOf([key]), `frontmatter: ${reason}`);
  };
  for (const key of Object.keys(data)) {
    if (!FRONTMATTER_KEYS.includes(key))
      fail(
        key,
        `unknown key "${key}"${didYouMean(key, FRONTMATTER_KEYS)}; known: ${FRONTMATTER_KEYS.join(', ')}`,
      );
  }
  const { title, summary, order } = data;
  if (title === undefined || title === null) fail('title', 'a "title: ..." is required');
  if (typeof title !== 'string' || title.trim() === '')
    fail('title', 'title: write the title as text');
  if (summary !== undefined && summary !== null && typeof summary !== 'string')
    fail('summary', 'summary: write the summary as text');
  if (order !== undefined && order !== null && !Number.isInteger(order))
    fail('order', 'order: a whole number');
  return {
    title: (title as string).trim(),
    summary: typeof summary === 'string' ? summary.trim() : '',
    order: typeof order === 'number' ? order : null,
    orderLine: fm.data.lineOf(['order']),
  };
}

/** The line of the file on which each top-level token starts. */
function tokenLines(body: string, tokens: Token[], bodyLine: number): number[] {
  let offset = 0;
  let line = bodyLine;
  return tokens.map((token) => {
    const at = token.raw ? body.indexOf(token.raw, offset) : -1;
    if (at >= 0) {
      for (let i = offset; i < at; i++) if (body.charCodeAt(i) === 10) line++;
      const start = line;
      for (let i = at; i < at + token.raw.length; i++) if (body.charCodeAt(i) === 10) line++;
      offset = at + token.raw.length;
      // A token's raw text may start with the blank lines before it.
      const leading = /^\n*/.exec(token.raw)?.[0].length ?? 0;
      return start + leading;
    }
    return line;
  });
}

/** Plain text of inline markdown tokens (for step titles). */
function plainText(tokens: Token[]): string {
  return tokens
    .map((t) => {
      const children = (t as { tokens?: Token[] }).tokens;
      if (children && children.length) return plainText(children);
      if (t.type === 'br') return ' ';
      if (t.type === 'html') return '';
      return (t as { text?: string }).text ?? '';
    })
    .join('');
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/[\s-]+/g, '-');
}

interface Walk {
  file: string;
  dir: string;
  md: LessonMarkdown;
  ids: Set<string>;
  assets: string[];
  dependencies: string[];
  exists: (path: string) => boolean;
}

function uniqueId(w: Walk, wanted: string): string {
  let id = wanted || 'section';
  for (let n = 2; w.ids.has(id); n++) id = `${wanted}-${n}`;
  w.ids.add(id);
  return id;
}

/** Heading ids, image files and misplaced directives inside prose tokens. */
function prepareProse(w: Walk, token: Token, line: number): void {
  if (token.type === 'heading') {
    const heading = token as AnchoredHeading;
    const m = ANCHOR.exec(heading.text);
    if (m) {
      if (!ID.test(m[1]))
        throw new LessonError(
          w.file,
          line,
          `heading id "{#${m[1]}}" should be kebab-case, like {#the-cost}`,
        );
      if (w.ids.has(m[1]))
        throw new LessonError(w.file, line, `the id "${m[1]}" is used twice in this lesson`);
      w.ids.add(m[1]);
      heading.text = heading.text.replace(ANCHOR, '');
      heading.tokens = w.md.lexInline(heading.text);
      heading.anchor = m[1];
    } else {
      heading.anchor = uniqueId(w, slugify(plainText(heading.tokens)));
    }
  }
  if (token.type === 'image') {
    const image = token as Tokens.Image;
    const href = image.href;
    if (/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(href) || href.includes('..'))
      throw new LessonError(
        w.file,
        line,
        `image "${href}": put the image file beside the lesson and link it by name, like ![what it shows](diagram.svg)`,
      );
    const path = join(w.dir, decodeURI(href.split(/[?#]/)[0]));
    if (!w.exists(path))
      throw new LessonError(w.file, line, `image "${href}": no such file beside the lesson`);
    w.dependencies.push(path);
    image.href = assetPlaceholder(w.assets.length);
    w.assets.push(decodeURI(href.split(/[?#]/)[0]));
  }
  if (token.type === 'code' && DIRECTIVES.has(((token as Tokens.Code).lang ?? '').split(/\s/)[0])) {
    throw new LessonError(
      w.file,
      line,
      `a ${(token as Tokens.Code).lang} block must stand on its own, not inside a list or a quote`,
    );
  }
  const children = [
    ...((token as { tokens?: Token[] }).tokens ?? []),
    ...((token as Tokens.List).items ?? []),
    ...((token as Tokens.Table).header ?? []).flatMap((cell) => cell.tokens),
    ...((token as Tokens.Table).rows ?? []).flat().flatMap((cell) => cell.tokens),
  ];
  for (const child of children) prepareProse(w, child, line);
}

function isComment(token: Token): boolean {
  return token.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(token.raw);
}

interface StepDraft extends LessonStep {
  line: number;
  ownSim: boolean;
  predicts: number[];
}

/**
 * Compiles one lesson file (`index.md` or `index.zh.md`) or part file into
 * its data, checking everything an author can get wrong: frontmatter, step
 * headings and ids, every directive's settings and the scenario files they
 * name (loaded and compiled), challenge goals against the start and solution
 * scenarios. A mistake throws a LessonError naming the file and line.
 */
export async function compileLesson(
  source: string,
  options: CompileLessonOptions,
): Promise<CompiledFile> {
  const { file, root } = options;
  const exists = options.exists ?? existsSync;
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const where = parseLessonPath(file);
  const fm = parseFrontmatter(text, file);
  const meta = frontmatterFields(fm, file);
  const order = meta.order ?? where.order;
  const outline: OutlineEntry[] = [
    { line: meta.orderLine, key: `order ${order}`, label: `order ${order}` },
  ];
  const absDir = join(root, dirname(file));

  if (where.kind === 'part') {
    const offset = fm.body.search(/\S/);
    if (offset >= 0) {
      const line = fm.bodyLine + (fm.body.slice(0, offset).match(/\n/g)?.length ?? 0);
      throw new LessonError(
        file,
        line,
        'a part file holds only its frontmatter (title, summary); each lesson has its own folder',
      );
    }
    return {
      result: {
        kind: 'part',
        id: where.part,
        lang: where.lang,
        title: meta.title,
        summary: meta.summary,
        order,
        dir: where.dir,
      },
      outline,
      dependencies: [],
      assets: [],
    };
  }

  const md = createLessonMarkdown();
  const scenarios = scenarioFiles(absDir, options.loadScenario, exists);
  const w: Walk = { file, dir: absDir, md, ids: new Set(), assets: [], dependencies: [], exists };
  const tokens = md.lexer(fm.body);
  const lines = tokenLines(fm.body, tokens, fm.bodyLine);
  const steps: StepDraft[] = [];
  let step: StepDraft | null = null;
  let prose: Token[] = [];
  const flush = () => {
    if (step && prose.length) {
      const html = md.render(prose, tokens.links);
      if (html) step.parts.push({ kind: 'html', html });
    }
    prose = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const line = lines[i];
    if (token.type === 'space' || token.type === 'def' || (isComment(token) && !step)) continue;
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
      flush();
      const heading = token as Tokens.Heading;
      const m = ANCHOR.exec(heading.text);
      if (!m)
        throw new LessonError(
          file,
          line,
          `a step heading needs an id: "## ${heading.text.trim()} {#step-id}"`,
        );
      const id = m[1];
      if (!ID.test(id))
        throw new LessonError(
          file,
          line,
          `step id "${id}" should be kebab-case, like {#first-look}`,
        );
      if (w.ids.has(id))
        throw new LessonError(file, line, `the id "${id}" is used twice in this lesson`);
      w.ids.add(id);
      const titleText = heading.text.replace(ANCHOR, '').trim();
      if (!titleText)
        throw new LessonError(file, line, 'a step heading needs a title before its {#id}');
      const inline = md.lexInline(titleText);
      step = {
        id,
        title: plainText(inline).trim(),
        titleHtml: md.inline(titleText),
        parts: [],
        sim: null,
        line,
        ownSim: false,
        predicts: [],
      };
      steps.push(step);
      outline.push({ line, key: `step ${id}`, label: `step "${id}"` });
      continue;
    }
    if (!step)
      throw new LessonError(
        file,
        line,
        'text before the first step: a lesson starts with a step heading, "## Title {#step-id}" (the title and summary go in the frontmatter)',
      );
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 1)
      throw new LessonError(
        file,
        line,
        'no "#" headings in a lesson: its title comes from the frontmatter, steps are "##" headings, sections inside a step "###"',
      );
    const code = token.type === 'code' ? (token as Tokens.Code) : null;
    const lang = code?.lang?.trim() ?? '';
    const kind = lang.split(/\s+/)[0];
    if (code && DIRECTIVES.has(kind)) {
      if (lang !== kind)
        throw new LessonError(
          file,
          line,
          `nothing may follow \`\`\`${kind} on its line; settings go inside the block`,
        );
      flush();
      const part = await directive(kind as DirectiveKind, code.text, line, step);
      step.parts.push(part);
      continue;
    }
    prepareProse(w, token, line);
    prose.push(token);
  }
  flush();

  async function directive(
    kind: DirectiveKind,
    yaml: string,
    line: number,
    current: StepDraft,
  ): Promise<LessonPart> {
    const block = parseYamlBlock(yaml, file, line + 1, line);
    if (kind === 'sim') {
      if (current.ownSim)
        throw new LessonError(
          file,
          line,
          'one sim block per step: the panel stays until the next step that has one',
        );
      const fields = DirectiveFields.read('sim', block, file, line, SIM_KEYS);
      const part = await parseSimDirective(fields, scenarios);
      current.ownSim = true;
      current.sim = part;
      outline.push({
        line,
        key: `sim ${JSON.stringify({ ...part, kind: undefined })}`,
        label: 'a sim block',
      });
      return part;
    }
    if (kind === 'predict') {
      const fields = DirectiveFields.read('predict', block, file, line, PREDICT_KEYS);
      const part = parsePredictDirective(fields, md);
      claimId(part.id, fields.lineOf(['id']));
      current.predicts.push(fields.lineOf(['id']));
      const right = part.choices.findIndex((c) => c.correct);
      outline.push({
        line,
        key: `predict ${part.id} ${part.choices.length} choices, #${right + 1} correct`,
        label: `the predict block "${part.id}"`,
      });
      return part;
    }
    if (kind === 'quiz') {
      const fields = DirectiveFields.read('quiz', block, file, line, QUIZ_KEYS);
      const part = parseQuizDirective(fields, md);
      claimId(part.id, fields.lineOf(['id']));
      // Choices and answers are prose (translated): compare their structure, by index.
      const shape = part.items.map((item) => [item.choices.length, item.answer]);
      outline.push({
        line,
        key: `quiz ${part.id} ${JSON.stringify(shape)}`,
        label: `the quiz block "${part.id}"`,
        same: 'choices and answers are translated, but the items, the number of choices of each and which one is right must stay the same',
      });
      return part;
    }
    const fields = DirectiveFields.read('challenge', block, file, line, CHALLENGE_KEYS);
    const part = await parseChallengeDirective(fields, md, scenarios);
    claimId(part.id, fields.lineOf(['id']));
    const goals = part.goals.map((g) => ({ ...g, label: undefined }));
    outline.push({
      line,
      key: `challenge ${part.id} ${JSON.stringify({ goals, keep: part.keep, start: part.start, solution: part.solution })}`,
      label: `the challenge block "${part.id}"`,
    });
    return part;
  }

  function claimId(id: string, line: number): void {
    if (w.ids.has(id))
      throw new LessonError(file, line, `the id "${id}" is used twice in this lesson`);
    w.ids.add(id);
  }

  if (steps.length === 0)
    throw new LessonError(
      file,
      fm.bodyLine,
      'a lesson needs at least one step: "## Title {#step-id}"',
    );
  let sim: SimPart | null = null;
  for (const s of steps) {
    sim = s.sim ?? sim;
    s.sim = sim;
    if (!sim && s.predicts.length)
      throw new LessonError(
        file,
        s.predicts[0],
        'a predict block needs a simulation to run: put a sim block in this step or an earlier one',
      );
  }

  const result: Lesson = {
    kind: 'lesson',
    id: `${where.part}/${where.slug}`,
    part: where.part,
    slug: where.slug,
    lang: where.lang,
    title: meta.title,
    summary: meta.summary,
    order,
    dir: where.dir,
    steps: steps.map(({ id, title, titleHtml, parts, sim }) => ({
      id,
      title,
      titleHtml,
      parts,
      sim,
    })),
    specs: lessonRuns(steps, scenarios),
  };
  return {
    result,
    outline,
    dependencies: [...scenarios.paths, ...w.dependencies],
    assets: w.assets,
  };
}
