// The allow-list for article bodies. Authors may write raw HTML in Markdown; whatever they
// write, only these elements, attributes and URL schemes reach a reader's browser.
// Bodies are rendered once and stored with the version of these rules: bump
// SANITIZER_RULES_VERSION (sanitizer-rules-version.ts) whenever the allowed tags, attributes, schemes or transforms change
// (or sanitize-html's own behaviour does), and every stored body is rendered again under the new
// rules by the background job or `byline resanitize` (content/stored-html.service.ts).
// sanitize-html stays pinned at 2.17.5: 2.18 declares Node >= 22.12 and Byline runs on 20.19.
import sanitizeHtml from 'sanitize-html';

export { SANITIZER_RULES_VERSION } from './sanitizer-rules-version.ts';

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'a', 'em', 'strong', 'b', 'i', 's', 'sub', 'sup',
    'code', 'pre', 'figure', 'figcaption', 'img', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
    'abbr', 'cite', 'q', 'small', 'mark', 'del', 'ins', 'span',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
    abbr: ['title'],
    ol: ['start'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    blockquote: ['cite'],
  },
  // A figure's credit (enhance-figures.ts), styled like the featured image's.
  allowedClasses: { span: ['credit'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // The headline is the page's only h1: a body heading of level 1 becomes a subheading.
  // Every image carries alt text; an author's raw <img> without one is marked decorative.
  transformTags: {
    h1: 'h2',
    img: (tagName, attribs) => ({ tagName, attribs: { alt: '', ...attribs } }),
  },
  disallowedTagsMode: 'discard',
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, options);
}
