// robots.txt, the sitemap index and its files, and the Google News sitemap, read back with an
// XML parser: what each lists, with which dates, and nothing readers cannot see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseXml } from '../helpers/xml.ts';

const base = 'https://news.example.test';
const trickyHeadline = 'Q&A: </script><script>alert(1)</script> ]]> what now?';

describe('sitemaps and robots.txt', () => {
  let t: TestApp;
  let published: Article[];
  let tricky: Article;
  let updated: Article;

  beforeAll(async () => {
    t = await buildTestApp();
    const make = factories(t.app);
    await t.app.byline.services.settings.updateSiteSettings({ title: 'The Test Ledger & Co', language: 'en-GB' });
    const world = await make.section({ name: 'World', slug: 'world' });
    const science = await make.section({ name: 'Science', slug: 'science' });
    await make.section({ name: 'Culture', slug: 'culture' });
    const amara = await make.person({ name: 'Amara Okafor', slug: 'amara-okafor', email: 'amara.secret@example.com' });
    const ben = await make.person({ name: 'Ben Adler', slug: 'ben-adler', email: 'ben.secret@example.com' });
    await make.person({ name: 'Idle Writer', slug: 'idle-writer' });
    tricky = await make.article({ sectionId: world.id, authorIds: [amara.id], headline: trickyHeadline, slug: 'tricky', tags: ['Elections'], publishedAt: new Date('2026-11-28T10:00:00Z') });
    updated = await make.article({ sectionId: world.id, authorIds: [amara.id], slug: 'updated-story', publishedAt: new Date('2026-11-27T09:00:00Z'), updatedAt: new Date('2026-11-28T08:00:00Z') });
    const old = await make.article({ sectionId: science.id, authorIds: [ben.id], slug: 'old-science', tags: ['Space'], publishedAt: new Date('2026-11-20T09:00:00Z') });
    const older = await make.article({ sectionId: science.id, authorIds: [ben.id], slug: 'older-science', publishedAt: new Date('2026-10-01T09:00:00Z') });
    published = [tricky, updated, old, older];
    await make.article({ sectionId: science.id, authorIds: [ben.id], headline: 'Unpublished draft', slug: 'a-draft', status: 'draft', publishedAt: null, tags: ['Ghost tag'] });
    await make.article({ sectionId: world.id, authorIds: [amara.id], headline: 'Embargoed until tomorrow', slug: 'embargoed', publishedAt: new Date('2026-11-29T09:00:00Z') });
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const urls = async (url: string) => {
    const response = await get(url);
    expect(response.statusCode, url).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    return (parseXml(response.body).urlset.url ?? []) as Record<string, any>[];
  };

  it('names the sitemap by absolute URL in robots.txt and keeps crawlers out of /admin', async () => {
    const response = await get('/robots.txt');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    const lines = response.body.split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Disallow: /admin');
    expect(lines).toContain(`Sitemap: ${base}/sitemap.xml`);
  });

  it('indexes the section, article, tag, author and news sitemaps', async () => {
    const response = await get('/sitemap.xml');
    expect(response.statusCode).toBe(200);
    const index = parseXml(response.body).sitemapindex;
    expect(index['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(index.sitemap.map((entry: { loc: string }) => entry.loc)).toEqual([
      `${base}/sitemaps/sections.xml`,
      `${base}/sitemaps/articles-1.xml`,
      `${base}/sitemaps/tags.xml`,
      `${base}/sitemaps/authors.xml`,
      `${base}/sitemaps/news.xml`,
    ]);
  });

  it('lists every published article, and only those, with lastmod from its update or publication', async () => {
    const entries = await urls('/sitemaps/articles-1.xml');
    expect(entries.map((entry) => entry.loc).sort()).toEqual(published.map((article) => base + article.path).sort());
    const lastmod = Object.fromEntries(entries.map((entry) => [entry.loc, entry.lastmod]));
    expect(lastmod[base + updated.path]).toBe('2026-11-28T08:00:00.000Z');
    expect(lastmod[base + tricky.path]).toBe('2026-11-28T10:00:00.000Z');
  });

  it('pages articles in id order, one query a page, each article on exactly one page', async () => {
    const { publishedPaths } = t.app.byline.services;
    expect(await publishedPaths.countArticles()).toBe(4);
    const pages = [];
    for (let page = 1; page <= 2; page++) pages.push(await publishedPaths.listArticlePaths({ page, pageSize: 3 }));
    expect(pages.map((page) => page.length)).toEqual([3, 1]);
    expect(pages.flat().map((entry) => entry.path)).toEqual([...published].sort((a, b) => a.id - b.id).map((article) => article.path));
  });

  it('answers article pages past the end and unknown sitemap files with 404', async () => {
    for (const url of ['/sitemaps/articles-2.xml', '/sitemaps/articles-0.xml', '/sitemaps/articles-x.xml', '/sitemaps/other.xml', '/sitemaps/sections.txt']) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });

  it('lists the home page and every section, dated by their newest article', async () => {
    const entries = await urls('/sitemaps/sections.xml');
    expect(entries.map((entry) => [entry.loc, entry.lastmod])).toEqual([
      [`${base}/`, '2026-11-28T10:00:00.000Z'],
      [`${base}/world`, '2026-11-28T10:00:00.000Z'],
      [`${base}/science`, '2026-11-20T09:00:00.000Z'],
      [`${base}/culture`, undefined],
    ]);
  });

  it('lists tags and authors that have published work, and no email', async () => {
    expect((await urls('/sitemaps/tags.xml')).map((entry) => [entry.loc, entry.lastmod])).toEqual([
      [`${base}/tag/elections`, '2026-11-28T10:00:00.000Z'],
      [`${base}/tag/space`, '2026-11-20T09:00:00.000Z'],
    ]);
    const authors = await get('/sitemaps/authors.xml');
    expect(parseXml(authors.body).urlset.url.map((entry: { loc: string }) => entry.loc)).toEqual([`${base}/author/amara-okafor`, `${base}/author/ben-adler`]);
    expect(authors.body).not.toContain('@example.com');
  });

  it('lists the last two days of articles in the Google News sitemap, headlines escaped and read back exactly', async () => {
    const response = await get('/sitemaps/news.xml');
    expect(response.statusCode).toBe(200);
    const urlset = parseXml(response.body).urlset;
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset.url.map((entry: { loc: string }) => entry.loc)).toEqual([base + tricky.path, base + updated.path]);
    const news = urlset.url[0]['news:news'];
    expect(news['news:publication']).toEqual({ 'news:name': 'The Test Ledger & Co', 'news:language': 'en' });
    expect(news['news:publication_date']).toBe('2026-11-28T10:00:00.000Z');
    expect(news['news:title']).toBe(trickyHeadline);
    expect(response.body).not.toContain('<script>');
  });

  it('answers a repeated request for an unchanged sitemap with 304', async () => {
    const first = await get('/sitemaps/articles-1.xml');
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    expect(first.headers['last-modified']).toBe(new Date('2026-11-28T10:00:00Z').toUTCString());
    expect((await get('/sitemaps/articles-1.xml', { 'if-none-match': first.headers.etag as string })).statusCode).toBe(304);
    expect((await get('/sitemap.xml', { 'if-none-match': (await get('/sitemap.xml')).headers.etag as string })).statusCode).toBe(304);
  });

  it('keeps "sitemaps" from being taken as a section slug', async () => {
    await expect(t.app.byline.services.taxonomy.createSection({ name: 'Sitemaps', slug: 'sitemaps' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
