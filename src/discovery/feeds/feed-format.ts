// The three feed formats, where each is served and how a page announces it. A list page at
// `/world` has its feeds at `/world/feed.xml|atom|json`; the home page's are at `/feed.*`.
export type FeedFormat = 'rss' | 'atom' | 'json';

export const feedFormats: Record<FeedFormat, { extension: string; contentType: string; label: string }> = {
  rss: { extension: 'xml', contentType: 'application/rss+xml', label: 'RSS' },
  atom: { extension: 'atom', contentType: 'application/atom+xml', label: 'Atom' },
  json: { extension: 'json', contentType: 'application/feed+json', label: 'JSON Feed' },
};

export const feedFormatList = Object.keys(feedFormats) as FeedFormat[];

/** The feed of the list page at `pagePath`. */
export function feedPath(pagePath: string, format: FeedFormat): string {
  return `${pagePath === '/' ? '' : pagePath}/feed.${feedFormats[format].extension}`;
}

export interface FeedLink {
  title: string;
  href: string;
  type: string;
}

/** What a page puts in `<link rel="alternate">`: one link per format, titled after the list. */
export function feedLinks(pagePath: string, title: string): FeedLink[] {
  return feedFormatList.map((format) => ({ title: `${title} (${feedFormats[format].label})`, href: feedPath(pagePath, format), type: feedFormats[format].contentType }));
}
