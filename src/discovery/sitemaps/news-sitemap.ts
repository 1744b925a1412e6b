// The Google News sitemap: recent articles with the publication's name and language, the
// publication time and the headline. Google wants an ISO 639 language code, except Chinese,
// which must be zh-cn or zh-tw.
import { create } from 'xmlbuilder2';
import { absoluteUrl } from '../absolute-url.ts';
import { xmlText } from '../xml-text.ts';
import { sitemapNamespace } from './sitemap-xml.ts';

const newsNamespace = 'http://www.google.com/schemas/sitemap-news/0.9';

export interface NewsSitemapEntry {
  path: string;
  headline: string;
  publishedAt: Date;
}

export function buildNewsSitemap(entries: NewsSitemapEntry[], publication: { name: string; language: string }, baseUrl: string): string {
  const urlset = create({ version: '1.0', encoding: 'UTF-8' }).ele(sitemapNamespace, 'urlset', { 'xmlns:news': newsNamespace });
  const language = newsLanguage(publication.language);
  for (const entry of entries) {
    const url = urlset.ele('url');
    url.ele('loc').txt(absoluteUrl(baseUrl, entry.path));
    const news = url.ele(newsNamespace, 'news:news');
    const pub = news.ele(newsNamespace, 'news:publication');
    pub.ele(newsNamespace, 'news:name').txt(xmlText(publication.name));
    pub.ele(newsNamespace, 'news:language').txt(language);
    news.ele(newsNamespace, 'news:publication_date').txt(entry.publishedAt.toISOString());
    news.ele(newsNamespace, 'news:title').txt(xmlText(entry.headline));
  }
  return urlset.end({ prettyPrint: true });
}

/** "en-GB" → "en"; "zh-Hant-TW" → "zh-tw"; "zh" → "zh-cn". */
export function newsLanguage(tag: string): string {
  const [locale] = Intl.getCanonicalLocales(tag);
  const parts = (locale ?? tag).toLowerCase().split('-');
  if (parts[0] !== 'zh') return parts[0]!;
  return parts.some((part) => part === 'hant' || part === 'tw' || part === 'hk' || part === 'mo') ? 'zh-tw' : 'zh-cn';
}
