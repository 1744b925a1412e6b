// Property-based tests of how a reader's comment is shown: for any text, name and web address,
// the comment's paragraphs keep every character typed (nothing dropped, nothing interpreted),
// links are made only from http(s) addresses, and the rendered comment has no markup of the
// reader's: only the paragraphs and links Byline makes, every "<" typed arriving as text.
import fc from 'fast-check';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { commentParagraphs, type PublicComment } from '../../src/comments/comments.ts';
import { stringsFor } from '../../src/web/strings.ts';
import { CommentsSection } from '../../src/web/views/components/comments-section.tsx';
import { parseDocument } from '../helpers/html.ts';
import { anyText, hostileText, runs } from '../helpers/property.ts';
import { unsafeMarkup } from '../helpers/unsafe-markup.ts';

/** What the comment service accepts as a commenter's web address: an http(s) URL, as typed. */
const authorUrl = fc.oneof(fc.constant(null), hostileText.map((rest) => `https://example.com/${rest}`.trim()).filter((url) => URL.canParse(url) && !/\s/.test(url)));

const comment = fc.record({ body: anyText, authorName: anyText, authorUrl }).map(
  (fields): PublicComment => ({ id: 7, articleId: 1, parentId: null, threadId: null, status: 'approved', isStaff: false, avatarHue: 3, createdAt: new Date('2026-11-28T12:00:00Z'), ...fields }),
);

function rendered(c: PublicComment): string {
  return renderToString(h(CommentsSection, { articleId: 1, articlePath: '/world/2026/11/28/harbour', strings: stringsFor('en'), language: 'en', timeZone: 'UTC', count: 1, nodes: [{ comment: c, replies: [] }], held: [], formToken: 'token' }));
}

describe('comment text, for any input', () => {
  it('keeps every character of each paragraph, and links only http(s) addresses', () => {
    fc.assert(
      fc.property(anyText, (body) => {
        const typed = body.replace(/\r\n?/g, '\n').split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
        const paragraphs = commentParagraphs(body);
        expect(paragraphs.map((segments) => segments.map((segment) => segment.text).join(''))).toEqual(typed);
        for (const segment of paragraphs.flat()) if (segment.kind === 'link') expect(segment.href).toMatch(/^https?:\/\//i);
      }),
      runs(500),
    );
  });

  it('renders no markup of the reader’s: only Byline’s paragraphs and links, the typed text intact', () => {
    fc.assert(
      fc.property(comment, (c) => {
        const html = rendered(c);
        const doc = parseDocument(html);
        // The comment itself (the form around it is Byline's own, with its own tests).
        expect(unsafeMarkup(doc.querySelector('article.comment')!.outerHTML)).toEqual([]);
        const body = doc.querySelector('.comment-body')!;
        for (const element of body.querySelectorAll('*')) expect(['p', 'a']).toContain(element.tagName.toLowerCase());
        for (const link of body.querySelectorAll('a')) expect(link.getAttribute('rel')).toBe('nofollow ugc noopener');
        expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(commentParagraphs(c.body).map((segments) => segments.map((s) => s.text).join('')));
        expect(doc.querySelector('.comment-author')!.textContent).toBe(c.authorName);
        // In the raw HTML of the body, every "<" is one of Byline's own tags.
        const raw = /<div class="comment-body">([\s\S]*?)<\/div>/.exec(html)![1]!;
        expect(raw.replace(/<\/?p>|<a href="[^"<>]*" rel="nofollow ugc noopener">|<\/a>/g, '')).not.toContain('<');
      }),
      runs(300),
    );
  });
});
