import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import { LessonError } from './lessonError.ts';

/** A parsed block of YAML that can say on which line of the file each value stands. */
export interface YamlBlock {
  value: unknown;
  /**
   * The line of the value at `path` (for a map key, the key's line). When the
   * path does not exist, the line of the nearest thing that does, or `line`.
   */
  lineOf(path: readonly (string | number)[]): number;
}

/**
 * Parses YAML that starts on line `firstLine` of `file` (a fenced block's
 * content or a frontmatter). A syntax error throws a LessonError at its line;
 * `line` is where the block itself begins (its fence), for errors about the
 * whole block.
 */
export function parseYamlBlock(
  text: string,
  file: string,
  firstLine: number,
  line = firstLine,
): YamlBlock {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => firstLine + counter.linePos(offset).line - 1;
  const error = doc.errors[0];
  if (error) {
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    // An error at the very end (an unclosed bracket) is shown on the last line of the text.
    const last = firstLine + Math.max(0, text.trimEnd().split('\n').length - 1);
    throw new LessonError(file, Math.min(at(error.pos[0]), last), `YAML: ${message}`);
  }
  const lineOf = (path: readonly (string | number)[]): number => {
    let node: unknown = doc.contents;
    let found = line;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => {
          const k = p.key as Node | string | null;
          return (k && typeof k === 'object' && 'value' in k ? k.value : k) === key;
        });
        if (!pair) return found;
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) found = at(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) return found;
        if (item.range) found = at(item.range[0]);
        node = item;
      } else {
        return found;
      }
    }
    return found;
  };
  return { value: doc.toJS(), lineOf };
}
