// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/lessons/parseFrontmatter.ts';

describe('parseFrontmatter', () => {
  it('splits the YAML from the body and says where the body starts', () => {
    const fm = parseFrontmatter('---\ntitle: T\nsummary: S\n---\n\n## A {#a}\n', 'f.md');
    expect(fm.data.value).toEqual({ title: 'T', summary: 'S' });
    expect(fm.body).toBe('\n## A {#a}\n');
    expect(fm.bodyLine).toBe(5);
    expect(fm.data.lineOf(['summary'])).toBe(3);
  });

  it('accepts an empty frontmatter and a file that ends after it', () => {
    expect(parseFrontmatter('---\n---\n', 'f.md').data.value).toEqual({});
    expect(parseFrontmatter('---\ntitle: T\n---', 'f.md').body).toBe('');
  });

  it('rejects a file without frontmatter, or one that is not a map', () => {
    expect(() => parseFrontmatter('# Hello\n', 'f.md')).toThrow(
      /^f\.md:1: a lesson file starts with frontmatter/,
    );
    expect(() => parseFrontmatter('---\n- a\n---\n', 'f.md')).toThrow(
      /^f\.md:2: the frontmatter must be keys and values/,
    );
  });
});
