// RSS 2.0 and Atom 1.0, written by the `feed` package. Three things it does not do for us:
// - it wraps text in CDATA but splits only the first `]]>`, so HTML gets `]]&gt;` (same HTML)
//   and the RSS title goes out as an escaped text node instead;
// - RSS <author> must be an email address, which we never publish: names go in <dc:creator>;
// - Atom titles are type="html", so the plain-text headline is HTML-escaped first.
import { Feed, type Item } from 'feed';
import { absoluteUrl } from '../absolute-url.ts';
import { xmlText } from '../xml-text.ts';
import { escapeHtml, type FeedEntry } from './feed-entry.ts';
import { feedPath } from './feed-format.ts';
import { feedEntries, type FeedSource } from './feed-source.ts';

const dublinCore = 'http://purl.org/dc/elements/1.1/';

export function buildRssFeed(source: FeedSource): string {
  const feed = channelOf(source);
  // `feed` declares dc: on <rss> only when bodies are included; declare it on <channel> always.
  feed.addExtension({ name: '_attributes', objects: { 'xmlns:dc': dublinCore } });
  for (const entry of feedEntries(source)) {
    feed.addItem({
      ...common(entry),
      description: entry.summaryHtml || undefined,
      category: [{ name: xmlText(entry.section.name) }],
      ...(entry.image?.type && { image: { url: entry.image.url, type: entry.image.type, length: 0 } }),
      extensions: [
        { name: 'title', objects: { _text: xmlText(entry.title) } },
        { name: 'dc:creator', objects: repeated(entry.authors.map((author) => ({ _text: xmlText(author.name) }))) },
      ],
    });
  }
  return feed.rss2();
}

export function buildAtomFeed(source: FeedSource): string {
  const feed = channelOf(source);
  for (const entry of feedEntries(source)) {
    feed.addItem({
      ...common(entry),
      title: escapeHtml(xmlText(entry.title)),
      description: entry.summaryHtml || undefined,
      author: entry.authors.map((author) => ({ name: xmlText(author.name), link: author.url })),
      category: [{ term: entry.section.slug }],
      ...(entry.image?.type && { image: entry.image.url }),
    });
  }
  return feed.atom1();
}

function channelOf({ channel, baseUrl, updated }: FeedSource): Feed {
  const link = absoluteUrl(baseUrl, channel.pagePath);
  return new Feed({
    id: link,
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    link,
    language: channel.language,
    updated,
    generator: 'Byline',
    author: { name: xmlText(channel.siteTitle), link: absoluteUrl(baseUrl, '/') },
    feedLinks: { rss: absoluteUrl(baseUrl, feedPath(channel.pagePath, 'rss')), atom: absoluteUrl(baseUrl, feedPath(channel.pagePath, 'atom')) },
    ...(channel.logoUrl && { image: absoluteUrl(baseUrl, channel.logoUrl) }),
  });
}

function common(entry: FeedEntry): Item {
  return {
    id: entry.id,
    title: xmlText(entry.title),
    link: entry.url,
    date: entry.modified,
    published: entry.published,
    ...(entry.contentHtml !== null && { content: cdataSafe(xmlText(entry.contentHtml)) }),
  };
}

/** xml-js writes an array as one element per entry; the `feed` types admit only an object. */
function repeated(elements: object[]): Record<string, unknown> {
  return elements as unknown as Record<string, unknown>;
}

/** `]]>` would end the CDATA section early; in HTML, `]]&gt;` reads the same. */
function cdataSafe(html: string): string {
  return html.replace(/]]>/g, ']]&gt;');
}
