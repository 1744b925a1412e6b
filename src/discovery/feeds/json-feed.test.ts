// JSON Feed 1.1: its version, `authors` (not 1.0's `author`), language, and content by setting.
import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureSource } from './feed-fixture.ts';
import { buildJsonFeed } from './json-feed.ts';

describe('buildJsonFeed', () => {
  it('writes a JSON Feed 1.1 document', () => {
    const feed = JSON.parse(buildJsonFeed(fixtureSource([fixtureArticle({ updatedAt: new Date('2026-11-28T10:00:00Z') })], { channel: { title: 'World | The Ledger', siteTitle: 'The Ledger', description: '', pagePath: '/world', language: 'fr', logoUrl: '/logo.png' } })));
    expect(feed).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'World | The Ledger',
      home_page_url: 'https://news.example.test/world',
      feed_url: 'https://news.example.test/world/feed.json',
      icon: 'https://news.example.test/logo.png',
      language: 'fr',
      authors: [{ name: 'The Ledger', url: 'https://news.example.test/' }],
      items: [
        {
          id: 'tag:news.example.test,2026-11-28:article-7',
          url: 'https://news.example.test/world/2026/11/28/talks-resume',
          title: 'Talks resume',
          content_html: '<p>First paragraph.</p>',
          summary: 'Negotiators return.',
          date_published: '2026-11-28T09:00:00.000Z',
          date_modified: '2026-11-28T10:00:00.000Z',
          authors: [{ name: 'Li Wei', url: 'https://news.example.test/author/li-wei' }],
          tags: ['World'],
        },
      ],
    });
  });

  it('carries the standfirst as text instead of the body in a summary feed', () => {
    const [item] = JSON.parse(buildJsonFeed(fixtureSource([fixtureArticle()], { content: 'summary' }))).items;
    expect(item.content_html).toBeUndefined();
    expect(item.content_text).toBe('Negotiators return.');
  });
});
