import { jsLiteral } from './jsLiteral.ts';
import type { Lesson, LessonMeta, PartMeta } from './lessonTypes.ts';

/** A lesson's metadata: everything but its steps' content. */
export function lessonMeta(lesson: Lesson): LessonMeta {
  const { steps, specs: _specs, ...rest } = lesson;
  return { ...rest, steps: steps.map((s) => ({ id: s.id, title: s.title })) };
}

/**
 * The JavaScript module a lesson file becomes: its data as the default export.
 * Images beside the lesson are imported (so the bundler copies and hashes
 * them) and their URLs put in place of the placeholders in the HTML. The
 * scenario files the lesson runs (relative paths) are imported for their
 * side of the module graph only: the bundler then loads them together with
 * the lesson, rather than one round trip after it. A lesson's compiled runs
 * (`specs`) are written as a JavaScript literal: they hold Infinity, which JSON
 * cannot.
 */
export function lessonModuleCode(
  data: Lesson | LessonMeta | PartMeta,
  assets: readonly string[],
  scenarios: readonly string[] = [],
): string {
  const { specs, ...rest } = data as Partial<Lesson>;
  const json = JSON.stringify(specs ? rest : data);
  const preload = scenarios.map((path) => `import ${JSON.stringify(`./${path}`)};\n`).join('');
  const withSpecs = (expr: string) =>
    specs ? `Object.assign(${expr}, { specs: ${jsLiteral(specs)} })` : expr;
  if (assets.length === 0) return `${preload}export default ${withSpecs(json)};\n`;
  const imports = assets
    .map((path, i) => `import asset${i} from ${JSON.stringify(`./${path}?url`)};`)
    .join('\n');
  const list = assets.map((_, i) => `asset${i}`).join(', ');
  return `${preload}${imports}
const assets = [${list}];
const fill = (text) => text.replace(/__CLOUDSCOPE_ASSET_(\\d+)__/g, (_, i) => assets[Number(i)]);
export default ${withSpecs(`JSON.parse(${JSON.stringify(json)}, (_, value) => (typeof value === 'string' ? fill(value) : value))`)};
`;
}
