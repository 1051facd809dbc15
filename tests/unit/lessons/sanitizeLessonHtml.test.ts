// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sanitizeLessonHtml } from '../../../src/lessons/sanitizeLessonHtml.ts';

describe('sanitizeLessonHtml', () => {
  it('keeps prose, code, tables, headings with ids, relative images and links', () => {
    const html =
      '<h3 id="cost">Cost</h3><p><em>a</em> <code class="language-ts">x</code></p><table><tr><td align="right">1</td></tr></table><img src="diagram.svg" alt="d"><a href="../next/">n</a>';
    expect(sanitizeLessonHtml(html)).toBe(
      '<h3 id="cost">Cost</h3><p><em>a</em> <code class="language-ts">x</code></p><table><tr><td align="right">1</td></tr></table><img src="diagram.svg" alt="d" /><a href="../next/">n</a>',
    );
  });

  it('removes scripts, event handlers, styles, frames and forms', () => {
    const html =
      '<p onclick="x()" style="color:red">hi<script>alert(1)</script></p><style>p{}</style><iframe src="https://x.example"></iframe><form><input></form>';
    expect(sanitizeLessonHtml(html)).toBe('<p>hi</p>');
  });

  it('removes dangerous and absolute image sources, and marks external links', () => {
    expect(
      sanitizeLessonHtml('<img src="https://x.example/a.png"><img src="data:image/png;base64,AA">'),
    ).toBe('<img /><img />');
    expect(sanitizeLessonHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(sanitizeLessonHtml('<a href="//evil.example/">x</a>')).toBe('<a>x</a>');
    expect(sanitizeLessonHtml('<a href="https://kubernetes.io" target="_self">k</a>')).toBe(
      '<a href="https://kubernetes.io" rel="noopener noreferrer" target="_blank">k</a>',
    );
  });

  it('keeps only phrasing tags in inline mode', () => {
    expect(sanitizeLessonHtml('<p>a <strong>b</strong></p><h3>c</h3>', { inline: true })).toBe(
      'a <strong>b</strong>c',
    );
  });
});
