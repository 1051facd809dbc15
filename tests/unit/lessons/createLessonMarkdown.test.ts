// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  createLessonMarkdown,
  type AnchoredHeading,
} from '../../../src/lessons/createLessonMarkdown.ts';

describe('createLessonMarkdown', () => {
  const md = createLessonMarkdown();

  it('renders block and inline markdown, sanitised', () => {
    expect(md.block('Hello *there*<script>x()</script>\n\n- a\n- b')).toBe(
      '<p>Hello <em>there</em></p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>',
    );
    expect(md.inline('A `code` <b onclick="x()">bold</b>')).toBe('A <code>code</code> bold');
  });

  it('renders tokens with the ids put on their headings (one level up: a step title is the h1), sharing link definitions', () => {
    const tokens = md.lexer('### Title\n\nSee [the docs][k].\n\n[k]: https://kubernetes.io/docs/');
    (tokens[0] as AnchoredHeading).anchor = 'my-title';
    expect(md.render(tokens, tokens.links)).toBe(
      '<h2 id="my-title">Title</h2>\n<p>See <a href="https://kubernetes.io/docs/" rel="noopener noreferrer" target="_blank">the docs</a>.</p>',
    );
  });

  it('lexes inline text for headings whose text changed', () => {
    expect(md.lexInline('a **b**').map((t) => t.type)).toEqual(['text', 'strong']);
  });
});
