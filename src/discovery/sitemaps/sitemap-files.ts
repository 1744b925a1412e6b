// Which sitemap files exist and what each holds. Articles are paged 50,000 URLs a file (the
// protocol's limit); sections (with the home page), tags and authors have one file each, and
// the Google News sitemap lists the last two days' articles (at most 1,000, its limit).
export const urlsPerSitemap = 50_000;
export const newsWindowMs = 2 * 24 * 60 * 60 * 1000;
export const newsLimit = 1000;

export type SitemapFile = { kind: 'articles'; page: number } | { kind: 'sections' | 'tags' | 'authors' | 'news' };

export function sitemapPath(file: SitemapFile): string {
  return file.kind === 'articles' ? `/sitemaps/articles-${file.page}.xml` : `/sitemaps/${file.kind}.xml`;
}

/** Every file the sitemap index lists; there is always at least one article file, even empty. */
export function sitemapFiles(articleCount: number): SitemapFile[] {
  const pages = Math.max(1, Math.ceil(articleCount / urlsPerSitemap));
  return [
    { kind: 'sections' },
    ...Array.from({ length: pages }, (_, i): SitemapFile => ({ kind: 'articles', page: i + 1 })),
    { kind: 'tags' },
    { kind: 'authors' },
    { kind: 'news' },
  ];
}

/** The file a `/sitemaps/<name>` request names, or undefined for anything else. */
export function parseSitemapFile(name: string): SitemapFile | undefined {
  const articles = /^articles-([1-9][0-9]{0,5})\.xml$/.exec(name);
  if (articles) return { kind: 'articles', page: Number(articles[1]) };
  const other = /^(sections|tags|authors|news)\.xml$/.exec(name);
  return other ? { kind: other[1] as 'sections' | 'tags' | 'authors' | 'news' } : undefined;
}
