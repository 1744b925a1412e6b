// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Written here rather than by the `feed`
// package, whose json1() still emits version 1 (one `author`, no `language`). It is a plain
// object given to JSON.stringify, so nothing needs escaping by hand.
import { absoluteUrl } from '../absolute-url.ts';
import { feedPath } from './feed-format.ts';
import { feedEntries, type FeedSource } from './feed-source.ts';

interface JsonFeedAuthor {
  name: string;
  url: string;
}

interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html?: string;
  content_text?: string;
  summary?: string;
  image?: string;
  date_published: string;
  date_modified: string;
  authors: JsonFeedAuthor[];
  tags: string[];
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  icon?: string;
  language: string;
  authors: JsonFeedAuthor[];
  items: JsonFeedItem[];
}

export function buildJsonFeed(source: FeedSource): string {
  const { channel, baseUrl } = source;
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: absoluteUrl(baseUrl, channel.pagePath),
    feed_url: absoluteUrl(baseUrl, feedPath(channel.pagePath, 'json')),
    ...(channel.description && { description: channel.description }),
    ...(channel.logoUrl && { icon: absoluteUrl(baseUrl, channel.logoUrl) }),
    language: channel.language,
    authors: [{ name: channel.siteTitle, url: absoluteUrl(baseUrl, '/') }],
    items: feedEntries(source).map((entry) => ({
        id: entry.id,
        url: entry.url,
        title: entry.title,
        ...(entry.contentHtml !== null ? { content_html: entry.contentHtml } : { content_text: entry.summaryText }),
        ...(entry.summaryText && { summary: entry.summaryText }),
        ...(entry.image && { image: entry.image.url }),
        date_published: entry.published.toISOString(),
        date_modified: entry.modified.toISOString(),
        authors: entry.authors,
        tags: [entry.section.name],
      })),
  };
  return JSON.stringify(feed);
}
