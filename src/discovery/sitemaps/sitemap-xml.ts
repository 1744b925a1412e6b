// The sitemap protocol (sitemaps.org 0.9): a <urlset> of pages and a <sitemapindex> of files,
// written by xmlbuilder2, which escapes every text node. `lastmod` is a W3C datetime in UTC.
import { create } from 'xmlbuilder2';
import { absoluteUrl } from '../absolute-url.ts';

export const sitemapNamespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapEntry {
  path: string;
  lastModified: Date | null;
}

export function buildUrlSet(entries: SitemapEntry[], baseUrl: string): string {
  const urlset = create({ version: '1.0', encoding: 'UTF-8' }).ele(sitemapNamespace, 'urlset');
  for (const entry of entries) {
    const url = urlset.ele('url');
    url.ele('loc').txt(absoluteUrl(baseUrl, entry.path));
    if (entry.lastModified) url.ele('lastmod').txt(entry.lastModified.toISOString());
  }
  return urlset.end({ prettyPrint: true });
}

export function buildSitemapIndex(entries: SitemapEntry[], baseUrl: string): string {
  const index = create({ version: '1.0', encoding: 'UTF-8' }).ele(sitemapNamespace, 'sitemapindex');
  for (const entry of entries) {
    const sitemap = index.ele('sitemap');
    sitemap.ele('loc').txt(absoluteUrl(baseUrl, entry.path));
    if (entry.lastModified) sitemap.ele('lastmod').txt(entry.lastModified.toISOString());
  }
  return index.end({ prettyPrint: true });
}
