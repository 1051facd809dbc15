import { Marked, type Token, type Tokens, type TokensList } from 'marked';
import { sanitizeLessonHtml } from './sanitizeLessonHtml.ts';

/** A heading token with the id the lesson compiler gave it. */
export type AnchoredHeading = Tokens.Heading & { anchor?: string };

/** Markdown to sanitised HTML, the way lessons are rendered. */
export interface LessonMarkdown {
  /** Block-level tokens of a markdown text (GitHub-flavoured). */
  lexer(markdown: string): TokensList;
  /** Inline tokens of one line of markdown (for headings whose text was changed). */
  lexInline(markdown: string): Token[];
  /** Renders block tokens (sharing the link definitions of `links`) to sanitised HTML. */
  render(tokens: Token[], links: TokensList['links']): string;
  /** A markdown text to sanitised block HTML. */
  block(markdown: string): string;
  /** One line of markdown to sanitised inline HTML (no paragraphs). */
  inline(markdown: string): string;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A marked instance whose headings carry the ids the compiler put on their tokens. */
export function createLessonMarkdown(): LessonMarkdown {
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      heading(token) {
        const anchor = (token as AnchoredHeading).anchor;
        const id = anchor ? ` id="${escapeAttribute(anchor)}"` : '';
        // A step's title (##) is the page's h1, so headings inside a step move up one level.
        const level = Math.max(2, token.depth - 1);
        return `<h${level}${id}>${this.parser.parseInline(token.tokens)}</h${level}>\n`;
      },
    },
  });
  const render = (tokens: Token[], links: TokensList['links']): string => {
    const list = Object.assign([...tokens], { links }) as TokensList;
    return sanitizeLessonHtml(marked.parser(list)).trim();
  };
  return {
    lexer: (markdown) => marked.lexer(markdown),
    lexInline: (markdown) => marked.Lexer.lexInline(markdown, { gfm: true }),
    render,
    block: (markdown) => sanitizeLessonHtml(marked.parse(markdown) as string).trim(),
    inline: (markdown) =>
      sanitizeLessonHtml(marked.parseInline(markdown) as string, { inline: true }).trim(),
  };
}
