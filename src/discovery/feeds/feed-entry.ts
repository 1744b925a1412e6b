// One article as every feed format needs it: absolute URLs, a stable id, text and HTML kept
// apart. The standfirst is plain text, so it is HTML-escaped wherever a format expects HTML; the
// body is already sanitized HTML, and only has its site-relative links made absolute.
import type { ArticleWithBody } from '../../content/content.ts';
import { personPath } from '../../people/people.ts';
import { absoluteUrl } from '../absolute-url.ts';

export interface FeedEntry {
  /** A tag URI (RFC 4151): stays the same when the article moves to another section. */
  id: string;
  url: string;
  title: string;
  summaryText: string;
  summaryHtml: string;
  /** Present only for full-content feeds. */
  contentHtml: string | null;
  published: Date;
  modified: Date;
  authors: { name: string; url: string }[];
  section: { name: string; slug: string };
  image: { url: string; type: string | null } | null;
}

const imageTypes: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml' };

export function toFeedEntry(article: ArticleWithBody, baseUrl: string, content: 'full' | 'summary'): FeedEntry {
  const published = article.publishedAt;
  const imageUrl = article.featuredImage ? absoluteUrl(baseUrl, article.featuredImage.url) : null;
  return {
    id: `tag:${new URL(baseUrl).hostname},${published.toISOString().slice(0, 10)}:article-${article.id}`,
    url: absoluteUrl(baseUrl, article.path),
    title: article.headline,
    summaryText: article.standfirst,
    summaryHtml: escapeHtml(article.standfirst),
    contentHtml: content === 'full' ? absoluteBodyUrls(article.bodyHtml, baseUrl) : null,
    published,
    modified: lastChangeOf(article),
    authors: article.authors.map((author) => ({ name: author.name, url: absoluteUrl(baseUrl, personPath(author)) })),
    section: { name: article.section.name, slug: article.section.slug },
    image: imageUrl ? { url: imageUrl, type: imageTypeOf(imageUrl) } : null,
  };
}

/** When an article last changed for readers: its update, if that came after publication. */
export function lastChangeOf(article: Pick<ArticleWithBody, 'publishedAt' | 'updatedAt'>): Date {
  return article.updatedAt && article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt;
}

/** The newest change among a feed's articles: its Last-Modified; null for an empty feed. */
export function feedLastModified(articles: Pick<ArticleWithBody, 'publishedAt' | 'updatedAt'>[]): Date | null {
  return articles.map(lastChangeOf).reduce<Date | null>((latest, changed) => (!latest || changed > latest ? changed : latest), null);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Feed readers show the body away from the site: `/media/x.jpg` must become a full URL. */
export function absoluteBodyUrls(html: string, baseUrl: string): string {
  return html.replace(/(\s(?:href|src|cite)=")\/(?!\/)/g, `$1${baseUrl}/`);
}

function imageTypeOf(url: string): string | null {
  const extension = new URL(url).pathname.split('.').pop()?.toLowerCase() ?? '';
  return imageTypes[extension] ?? null;
}
