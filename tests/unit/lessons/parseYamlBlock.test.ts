// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseYamlBlock } from '../../../src/lessons/parseYamlBlock.ts';

describe('parseYamlBlock', () => {
  const text = ['id: q', 'choices:', '  - text: a', '  - text: b', '    correct: true'].join('\n');

  it('parses YAML and finds the line of any value, offset to the file', () => {
    const block = parseYamlBlock(text, 'f.md', 20, 19);
    expect(block.value).toEqual({
      id: 'q',
      choices: [{ text: 'a' }, { text: 'b', correct: true }],
    });
    expect(block.lineOf(['id'])).toBe(20);
    expect(block.lineOf(['choices', 1])).toBe(23);
    expect(block.lineOf(['choices', 1, 'correct'])).toBe(24);
  });

  it('falls back on the nearest line that exists, then the block', () => {
    const block = parseYamlBlock(text, 'f.md', 20, 19);
    expect(block.lineOf(['choices', 5])).toBe(21);
    expect(block.lineOf(['explain'])).toBe(19);
    expect(block.lineOf([])).toBe(19);
  });

  it('reports syntax errors and duplicate keys at their line', () => {
    expect(() => parseYamlBlock('a: 1\nb: [1, 2\n', 'f.md', 10)).toThrow(
      /^f\.md:11: YAML: Flow sequence/,
    );
    expect(() => parseYamlBlock('a: 1\na: 2\n', 'f.md', 10)).toThrow(/^f\.md:11: YAML: .*unique/i);
  });
});
