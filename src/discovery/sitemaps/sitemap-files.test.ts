// Which sitemap files exist: 50,000 article URLs a file, and names parsed strictly.
import { describe, expect, it } from 'vitest';
import { parseSitemapFile, sitemapFiles, sitemapPath } from './sitemap-files.ts';

describe('sitemapFiles', () => {
  const articleFiles = (count: number) => sitemapFiles(count).filter((file) => file.kind === 'articles').map(sitemapPath);

  it('starts a new article file every 50,000 URLs, and always has one', () => {
    expect(articleFiles(0)).toEqual(['/sitemaps/articles-1.xml']);
    expect(articleFiles(50_000)).toEqual(['/sitemaps/articles-1.xml']);
    expect(articleFiles(50_001)).toEqual(['/sitemaps/articles-1.xml', '/sitemaps/articles-2.xml']);
  });

  it('lists sections, tags, authors and news once each', () => {
    expect(sitemapFiles(1).map(sitemapPath)).toEqual(['/sitemaps/sections.xml', '/sitemaps/articles-1.xml', '/sitemaps/tags.xml', '/sitemaps/authors.xml', '/sitemaps/news.xml']);
  });
});

describe('parseSitemapFile', () => {
  it('reads the names the index uses, and nothing else', () => {
    expect(parseSitemapFile('articles-12.xml')).toEqual({ kind: 'articles', page: 12 });
    expect(parseSitemapFile('news.xml')).toEqual({ kind: 'news' });
    for (const name of ['articles-0.xml', 'articles-01.xml', 'articles-.xml', 'news.xml.gz', 'other.xml', '../news.xml']) expect(parseSitemapFile(name), name).toBeUndefined();
  });
});
