import sanitizeHtml from 'sanitize-html';

const INLINE_TAGS = [
  'a',
  'code',
  'em',
  'strong',
  'del',
  's',
  'sup',
  'sub',
  'kbd',
  'abbr',
  'br',
  'span',
];
const BLOCK_TAGS = [
  ...INLINE_TAGS,
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'img',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'hr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
  'figure',
  'figcaption',
];
const HEADING_ATTRIBUTES = ['id'];

function options(inline: boolean): sanitizeHtml.IOptions {
  return {
    allowedTags: inline ? INLINE_TAGS : BLOCK_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'target'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      h1: HEADING_ATTRIBUTES,
      h2: HEADING_ATTRIBUTES,
      h3: HEADING_ATTRIBUTES,
      h4: HEADING_ATTRIBUTES,
      h5: HEADING_ATTRIBUTES,
      h6: HEADING_ATTRIBUTES,
      code: ['class'],
      th: ['align'],
      td: ['align'],
      ol: ['start'],
      abbr: ['title'],
    },
    allowedClasses: { code: [/^language-[\w-]+$/] },
    // Links may be relative or http(s)/mailto; images only relative (files beside the lesson).
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: [] },
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      a: (tagName, attribs) => {
        const external = /^https?:/i.test(attribs.href ?? '');
        const { target: _target, rel: _rel, ...rest } = attribs;
        return {
          tagName,
          attribs: external ? { ...rest, rel: 'noopener noreferrer', target: '_blank' } : rest,
        };
      },
    },
  };
}

/**
 * Cleans the HTML that marked made from a lesson: the usual prose tags, code,
 * tables, images with relative sources, headings with ids and links stay;
 * scripts, styles, inline event handlers, `style` attributes, forms and
 * frames go. `inline` keeps only phrasing tags (for titles and choices).
 */
export function sanitizeLessonHtml(html: string, { inline = false } = {}): string {
  return sanitizeHtml(html, options(inline));
}
