import type { Lesson, LessonMeta, PartMeta } from './lessonTypes.ts';

/** A lesson's metadata: everything but its steps' content. */
export function lessonMeta(lesson: Lesson): LessonMeta {
  const { steps, ...rest } = lesson;
  return { ...rest, steps: steps.map((s) => ({ id: s.id, title: s.title })) };
}

/**
 * The JavaScript module a lesson file becomes: its data as the default export.
 * Images beside the lesson are imported (so the bundler copies and hashes
 * them) and their URLs put in place of the placeholders in the HTML.
 */
export function lessonModuleCode(
  data: Lesson | LessonMeta | PartMeta,
  assets: readonly string[],
): string {
  const json = JSON.stringify(data);
  if (assets.length === 0) return `export default ${json};\n`;
  const imports = assets
    .map((path, i) => `import asset${i} from ${JSON.stringify(`./${path}?url`)};`)
    .join('\n');
  const list = assets.map((_, i) => `asset${i}`).join(', ');
  return `${imports}
const assets = [${list}];
const fill = (text) => text.replace(/__CLOUDSCOPE_ASSET_(\\d+)__/g, (_, i) => assets[Number(i)]);
export default JSON.parse(${JSON.stringify(json)}, (_, value) => (typeof value === 'string' ? fill(value) : value));
`;
}
