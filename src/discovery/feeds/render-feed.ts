// One switch from format to builder, so a route serves any feed the same way.
import { buildJsonFeed } from './json-feed.ts';
import { type FeedFormat, feedFormats } from './feed-format.ts';
import type { FeedSource } from './feed-source.ts';
import { buildAtomFeed, buildRssFeed } from './xml-feed.ts';

export function renderFeed(format: FeedFormat, source: FeedSource): { body: string; contentType: string } {
  const contentType = `${feedFormats[format].contentType}; charset=utf-8`;
  switch (format) {
    case 'rss':
      return { body: buildRssFeed(source), contentType };
    case 'atom':
      return { body: buildAtomFeed(source), contentType };
    case 'json':
      return { body: buildJsonFeed(source), contentType };
  }
}
