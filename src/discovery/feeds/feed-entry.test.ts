// One article as feeds see it: stable ids, absolute URLs, HTML kept apart from plain text.
import { describe, expect, it } from 'vitest';
import { absoluteBodyUrls, escapeHtml, toFeedEntry } from './feed-entry.ts';
import { fixtureArticle } from './feed-fixture.ts';

const base = 'https://news.example.test';

describe('toFeedEntry', () => {
  it('gives the article a tag URI id that does not depend on its section or slug', () => {
    const entry = toFeedEntry(fixtureArticle(), base, 'full');
    expect(entry.id).toBe('tag:news.example.test,2026-11-28:article-7');
    expect(toFeedEntry(fixtureArticle({ path: '/science/2026/11/28/renamed' }), base, 'full').id).toBe(entry.id);
    expect(entry.url).toBe(`${base}/world/2026/11/28/talks-resume`);
    expect(entry.authors).toEqual([{ name: 'Li Wei', url: `${base}/author/li-wei` }]);
  });

  it('dates a change only when it came after publication', () => {
    expect(toFeedEntry(fixtureArticle({ updatedAt: new Date('2026-11-28T10:00:00Z') }), base, 'full').modified.toISOString()).toBe('2026-11-28T10:00:00.000Z');
    expect(toFeedEntry(fixtureArticle({ updatedAt: new Date('2026-11-27T10:00:00Z') }), base, 'full').modified.toISOString()).toBe('2026-11-28T09:00:00.000Z');
  });

  it('carries the body only for full-content feeds, and the standfirst escaped as HTML', () => {
    const article = fixtureArticle({ standfirst: 'Fish & <chips>' });
    expect(toFeedEntry(article, base, 'summary').contentHtml).toBeNull();
    expect(toFeedEntry(article, base, 'full').contentHtml).toBe('<p>First paragraph.</p>');
    expect(toFeedEntry(article, base, 'full').summaryHtml).toBe('Fish &amp; &lt;chips&gt;');
  });

  it('makes the featured image absolute and names its media type when the extension tells it', () => {
    const image = { alt: '', caption: '', credit: '', width: null, height: null };
    expect(toFeedEntry(fixtureArticle({ featuredImage: { ...image, url: '/media/a.JPG' } }), base, 'full').image).toEqual({ url: `${base}/media/a.JPG`, type: 'image/jpeg' });
    expect(toFeedEntry(fixtureArticle({ featuredImage: { ...image, url: 'https://cdn.example/b' } }), base, 'full').image).toEqual({ url: 'https://cdn.example/b', type: null });
  });
});

describe('absoluteBodyUrls', () => {
  it('prefixes site-relative href, src and cite, and leaves other URLs alone', () => {
    const html = '<p><a href="/world">w</a> <a href="https://example.org/x">x</a> <a href="//cdn.example/y">y</a> <a href="#n">n</a></p><img alt="" src="/media/m.png"><blockquote cite="/q"></blockquote>';
    expect(absoluteBodyUrls(html, base)).toBe(
      `<p><a href="${base}/world">w</a> <a href="https://example.org/x">x</a> <a href="//cdn.example/y">y</a> <a href="#n">n</a></p><img alt="" src="${base}/media/m.png"><blockquote cite="${base}/q"></blockquote>`,
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the characters that carry meaning in HTML', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
