import { LessonError } from './lessonError.ts';
import { parseYamlBlock, type YamlBlock } from './parseYamlBlock.ts';

/** A lesson file split into its frontmatter and its markdown body. */
export interface Frontmatter {
  data: YamlBlock;
  /** The markdown after the closing `---`. */
  body: string;
  /** The line of the file on which `body` starts. */
  bodyLine: number;
}

const FRONTMATTER = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

/**
 * Splits `---\nYAML\n---\nmarkdown` (line endings already `\n`). A file
 * without frontmatter, or whose frontmatter is not a YAML map, throws.
 */
export function parseFrontmatter(source: string, file: string): Frontmatter {
  const m = FRONTMATTER.exec(source);
  if (!m) {
    throw new LessonError(
      file,
      1,
      'a lesson file starts with frontmatter: a "---" line, "title: ..." (and "summary: ..."), then another "---" line',
    );
  }
  const data = parseYamlBlock(m[1] ?? '', file, 2, 1);
  if (data.value !== null && (typeof data.value !== 'object' || Array.isArray(data.value))) {
    throw new LessonError(
      file,
      2,
      'the frontmatter must be keys and values, like "title: Elasticity"',
    );
  }
  if (data.value === null) data.value = {};
  const consumed = m[0];
  const bodyLine = consumed.split('\n').length - (consumed.endsWith('\n') ? 0 : 1);
  return { data, body: source.slice(consumed.length), bodyLine };
}
