// A made-up article and feed source for the feed builders' unit tests.
import type { ArticleWithBody } from '../../content/content.ts';
import type { FeedSource } from './feed-source.ts';

export function fixtureArticle(fields: Partial<ArticleWithBody> = {}): ArticleWithBody {
  return {
    id: 7,
    slug: 'talks-resume',
    headline: 'Talks resume',
    standfirst: 'Negotiators return.',
    section: { id: 1, slug: 'world', name: 'World', path: '/world' },
    authors: [{ id: 3, slug: 'li-wei', name: 'Li Wei', roleTitle: 'Correspondent' }],
    featuredImage: null,
    publishedAt: new Date('2026-11-28T09:00:00Z'),
    updatedAt: null,
    path: '/world/2026/11/28/talks-resume',
    bodyHtml: '<p>First paragraph.</p>',
    ...fields,
  };
}

export function fixtureSource(articles: ArticleWithBody[], fields: Partial<FeedSource> = {}): FeedSource {
  return {
    channel: { title: 'The Ledger', siteTitle: 'The Ledger', description: 'News', pagePath: '/', language: 'en-GB', logoUrl: null },
    articles,
    baseUrl: 'https://news.example.test',
    content: 'full',
    updated: new Date('2026-11-28T09:00:00Z'),
    ...fields,
  };
}
