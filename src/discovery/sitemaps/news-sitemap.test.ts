// The Google News sitemap's language codes and its escaping.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildNewsSitemap, newsLanguage } from './news-sitemap.ts';

describe('newsLanguage', () => {
  it('gives the ISO 639 code Google News wants, with its two Chinese exceptions', () => {
    expect(['en', 'en-GB', 'fr-CA', 'pt-BR', 'zh', 'zh-CN', 'zh-Hans', 'zh-TW', 'zh-Hant-HK'].map(newsLanguage)).toEqual(['en', 'en', 'fr', 'pt', 'zh-cn', 'zh-cn', 'zh-cn', 'zh-tw', 'zh-tw']);
  });
});

describe('buildNewsSitemap', () => {
  it('escapes names and headlines and drops characters XML cannot carry', () => {
    const xml = buildNewsSitemap([{ path: '/world/2026/11/28/x', headline: 'Q&A: </script> ]]>\u0002 end', publishedAt: new Date('2026-11-28T09:00:00Z') }], { name: 'Ledger & Co', language: 'en-GB' }, 'https://news.example.test');
    expect(XMLValidator.validate(xml)).toBe(true);
    const url = new XMLParser({ parseTagValue: false }).parse(xml).urlset.url;
    expect(url.loc).toBe('https://news.example.test/world/2026/11/28/x');
    expect(url['news:news']).toEqual({
      'news:publication': { 'news:name': 'Ledger & Co', 'news:language': 'en' },
      'news:publication_date': '2026-11-28T09:00:00.000Z',
      'news:title': 'Q&A: </script> ]]> end',
    });
  });
});
