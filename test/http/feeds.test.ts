// RSS, Atom and JSON Feed for the site and for each section, tag and author: read back with a
// real feed parser (rss-parser) and an XML parser, field by field; discovery links on pages;
// conditional GET.
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import type { Person } from '../../src/people/people.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument } from '../helpers/html.ts';
import { parseXml } from '../helpers/xml.ts';

const base = 'https://news.example.test';
const trickyHeadline = 'Q&A: </script><script>alert(1)</script> ]]> what now?';
const parser = new Parser<Record<string, unknown>, { creators: string[]; 'content:encoded'?: string }>({ customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] } });

describe('feeds', () => {
  let t: TestApp;
  let amara: Person;
  let ben: Person;
  let tricky: Article;
  let pictured: Article;
  const hourBefore = (hours: number) => new Date(Date.parse('2026-11-28T11:00:00Z') - hours * 3_600_000);

  beforeAll(async () => {
    t = await buildTestApp();
    const make = factories(t.app);
    await t.app.byline.services.settings.updateSiteSettings({ title: 'The Test Ledger & Co', tagline: 'News & views', language: 'en-GB', logoUrl: '/media/logo.png' });
    const world = await make.section({ name: 'World', slug: 'world', description: 'News from everywhere.' });
    const science = await make.section({ name: 'Science', slug: 'science' });
    amara = await make.person({ name: 'Amara Okafor', slug: 'amara-okafor', email: 'amara.secret@example.com' });
    ben = await make.person({ name: 'Ben Adler', slug: 'ben-adler', email: 'ben.secret@example.com' });
    tricky = await make.article({
      sectionId: world.id,
      authorIds: [amara.id, ben.id],
      headline: trickyHeadline,
      slug: 'tricky',
      standfirst: 'Fish & chips <b>not bold</b>.',
      bodyMarkdown: 'See [the world desk](/world).\n\n![A map](/media/map.png)\n\nA second paragraph.',
      tags: ['Elections'],
      publishedAt: hourBefore(0),
    });
    pictured = await make.article({
      sectionId: world.id,
      authorIds: [amara.id],
      headline: 'World story with a picture',
      slug: 'pictured',
      tags: ['Elections'],
      publishedAt: hourBefore(1),
      updatedAt: new Date('2026-11-28T11:30:00Z'),
      featuredImage: { url: '/media/lake.jpg', alt: 'A lake', caption: '', credit: '', width: 1200, height: 675 },
    });
    // 21 more world stories, so the site and section feeds have more than 20 to choose from.
    for (let i = 2; i <= 22; i++) await make.article({ sectionId: world.id, authorIds: [amara.id], headline: `World story ${i}`, slug: `world-${i}`, publishedAt: hourBefore(i) });
    for (let i = 1; i <= 2; i++) await make.article({ sectionId: science.id, authorIds: [ben.id], headline: `Science story ${i}`, slug: `science-${i}`, tags: ['Space'], publishedAt: hourBefore(30 + i) });
    await make.article({ sectionId: science.id, authorIds: [ben.id], headline: 'Unpublished draft', slug: 'a-draft', status: 'draft', publishedAt: null, tags: ['Ghost tag'] });
    await make.article({ sectionId: world.id, authorIds: [amara.id], headline: 'Embargoed until tomorrow', slug: 'embargoed', publishedAt: new Date('2026-11-29T09:00:00Z') });
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  describe('RSS 2.0', () => {
    it('lists the 20 newest articles with absolute links, dates and authors by name', async () => {
      const response = await get('/feed.xml');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
      const feed = await parser.parseString(response.body);
      expect(feed.title).toBe('The Test Ledger & Co');
      expect(feed.description).toBe('News & views');
      expect(feed.link).toBe(`${base}/`);
      expect(feed.feedUrl).toBe(`${base}/feed.xml`);
      expect(feed.image?.url).toBe(`${base}/media/logo.png`);
      expect(feed.items).toHaveLength(20);
      expect(feed.items.map((item) => item.title)).toEqual([trickyHeadline, 'World story with a picture', ...Array.from({ length: 18 }, (_, i) => `World story ${i + 2}`)]);
      for (const item of feed.items) {
        expect(item.link).toMatch(new RegExp(`^${base}/world/2026/11/\\d\\d/`));
        expect(item.guid).toMatch(/^tag:news\.example\.test,2026-11-2\d:article-\d+$/);
        expect(item.creators.length).toBeGreaterThan(0);
      }
      const first = feed.items[0]!;
      expect(first.isoDate).toBe(tricky.publishedAt!.toISOString());
      expect(first.creators).toEqual(['Amara Okafor', 'Ben Adler']);
      expect(first.categories).toEqual(['World']);
    });

    it('carries each full, sanitized body with absolute URLs, and the featured image as an enclosure', async () => {
      const feed = await parser.parseString((await get('/feed.xml')).body);
      const [first, second] = feed.items;
      const body = parseDocument(`<div>${first!['content:encoded']!}</div>`);
      expect(body.querySelector('a')?.getAttribute('href')).toBe(`${base}/world`);
      expect(body.querySelector('img')?.getAttribute('src')).toBe(`${base}/media/map.png`);
      expect(first!.content).toBe('Fish &amp; chips &lt;b&gt;not bold&lt;/b&gt;.');
      expect(second!.enclosure).toEqual({ url: `${base}/media/lake.jpg`, type: 'image/jpeg', length: '0' });
      expect(second!.isoDate).toBe(pictured.publishedAt!.toISOString());
    });

    it('writes a headline with markup, & and ]]> as well-formed XML that reads back exactly', async () => {
      const xml = parseXml((await get('/feed.xml')).body);
      expect(xml.rss.channel.item[0].title).toBe(trickyHeadline);
    });
  });

  describe('Atom 1.0', () => {
    it('lists the same articles with ids, published and updated times, and authors with their pages', async () => {
      const response = await get('/feed.atom');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      const feed = await parser.parseString(response.body);
      expect(feed.title).toBe('The Test Ledger & Co');
      expect(feed.link).toBe(`${base}/`);
      expect(feed.items).toHaveLength(20);
      for (const item of feed.items) expect(item.link).toMatch(new RegExp(`^${base}/world/`));

      const xml = parseXml(response.body).feed;
      expect(xml.link.find((link: any) => link['@_rel'] === 'self')['@_href']).toBe(`${base}/feed.atom`);
      const [first, second] = xml.entry;
      // type="html": the plain headline is HTML-escaped once; decoding it gives the headline back.
      expect(parseDocument(`<p>${first.title['#text']}</p>`).querySelector('p')!.textContent).toBe(trickyHeadline);
      expect(first.author.map((author: any) => [author.name, author.uri])).toEqual([
        ['Amara Okafor', `${base}/author/amara-okafor`],
        ['Ben Adler', `${base}/author/ben-adler`],
      ]);
      expect(second.published).toBe(pictured.publishedAt!.toISOString());
      expect(second.updated).toBe('2026-11-28T11:30:00.000Z');
      expect(xml.updated).toBe('2026-11-28T11:30:00.000Z');
      expect(second.link.find((link: any) => link['@_rel'] === 'enclosure')['@_href']).toBe(`${base}/media/lake.jpg`);
    });
  });

  describe('JSON Feed 1.1', () => {
    it('lists the same articles with the fields JSON Feed 1.1 defines', async () => {
      const response = await get('/feed.json');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/feed+json; charset=utf-8');
      const feed = JSON.parse(response.body);
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.title).toBe('The Test Ledger & Co');
      expect(feed.home_page_url).toBe(`${base}/`);
      expect(feed.feed_url).toBe(`${base}/feed.json`);
      expect(feed.language).toBe('en-GB');
      expect(feed.items).toHaveLength(20);
      const [first, second] = feed.items;
      expect(first.title).toBe(trickyHeadline);
      expect(first.url).toBe(`${base}${tricky.path}`);
      expect(first.date_published).toBe(tricky.publishedAt!.toISOString());
      expect(first.authors).toEqual([
        { name: 'Amara Okafor', url: `${base}/author/amara-okafor` },
        { name: 'Ben Adler', url: `${base}/author/ben-adler` },
      ]);
      expect(first.summary).toBe('Fish & chips <b>not bold</b>.');
      expect(first.content_html).toContain(`href="${base}/world"`);
      expect(second.image).toBe(`${base}/media/lake.jpg`);
      expect(second.date_modified).toBe('2026-11-28T11:30:00.000Z');
      for (const item of feed.items) {
        expect(typeof item.id).toBe('string');
        expect(item.url.startsWith(`${base}/`)).toBe(true);
        expect(item.authors.length).toBeGreaterThan(0);
      }
    });
  });

  it('never puts an email address, a draft or an embargoed article in any feed', async () => {
    for (const url of ['/feed.xml', '/feed.atom', '/feed.json', '/world/feed.xml', '/author/amara-okafor/feed.atom', '/author/ben-adler/feed.json', '/tag/elections/feed.xml']) {
      const { body, statusCode } = await get(url);
      expect(statusCode, url).toBe(200);
      expect(body, url).not.toMatch(/secret@|@example\.com/);
      expect(body, url).not.toContain('Unpublished draft');
      expect(body, url).not.toContain('Embargoed');
    }
  });

  it('gives each section, tag and author a feed of their own articles only', async () => {
    const science = await parser.parseString((await get('/science/feed.xml')).body);
    expect(science.title).toBe('Science | The Test Ledger & Co');
    expect(science.link).toBe(`${base}/science`);
    expect(science.items.map((item) => item.title)).toEqual(['Science story 1', 'Science story 2']);

    const world = await parser.parseString((await get('/world/feed.atom')).body);
    expect(world.items).toHaveLength(20);
    expect(world.items.every((item) => item.link!.startsWith(`${base}/world/`))).toBe(true);

    const elections = JSON.parse((await get('/tag/elections/feed.json')).body);
    expect(elections.home_page_url).toBe(`${base}/tag/elections`);
    expect(elections.items.map((item: { title: string }) => item.title)).toEqual([trickyHeadline, 'World story with a picture']);

    const ben = await parser.parseString((await get('/author/ben-adler/feed.xml')).body);
    expect(ben.title).toBe('Ben Adler | The Test Ledger & Co');
    expect(ben.items.map((item) => item.title)).toEqual([trickyHeadline, 'Science story 1', 'Science story 2']);
    expect(ben.items.every((item) => item.creators.includes('Ben Adler'))).toBe(true);
  });

  it('answers feeds of unknown sections, tags and authors, and of a tag with nothing published, with 404', async () => {
    for (const url of ['/no-such-section/feed.xml', '/tag/no-such-tag/feed.atom', '/tag/ghost-tag/feed.json', '/author/nobody/feed.json', '/feed.rss', '/world/feed.html']) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });

  it('leaves /:section routes alone: the section page and articles still answer beside the feeds', async () => {
    expect((await get('/world')).headers['content-type']).toContain('text/html');
    expect((await get(tricky.path!)).statusCode).toBe(200);
    expect((await get('/world/feed.xml')).headers['content-type']).toContain('application/rss+xml');
  });

  it('carries only standfirsts when the site is set to summary feeds', async () => {
    const { settings } = t.app.byline.services;
    await settings.updateSiteSettings({ feedContent: 'summary' });
    try {
      const rss = await parser.parseString((await get('/feed.xml')).body);
      expect(rss.items[0]!['content:encoded']).toBeUndefined();
      expect(rss.items[0]!.content).toBe('Fish &amp; chips &lt;b&gt;not bold&lt;/b&gt;.');
      const json = JSON.parse((await get('/feed.json')).body);
      expect(json.items[0].content_html).toBeUndefined();
      expect(json.items[0].content_text).toBe('Fish & chips <b>not bold</b>.');
      expect((await get('/feed.atom')).body).not.toContain('<content');
    } finally {
      await settings.updateSiteSettings({ feedContent: 'full' });
    }
    await expect(settings.updateSiteSettings({ feedContent: 'partial' as 'full' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('announces the site feed on every page, and a list page its own feed as well', async () => {
    const alternates = async (url: string) =>
      [...parseDocument((await get(url)).body).querySelectorAll('link[rel="alternate"]')].map((link) => [link.getAttribute('type'), link.getAttribute('href'), link.getAttribute('title')]);
    const siteFeeds = [
      ['application/rss+xml', `${base}/feed.xml`, 'The Test Ledger & Co (RSS)'],
      ['application/atom+xml', `${base}/feed.atom`, 'The Test Ledger & Co (Atom)'],
      ['application/feed+json', `${base}/feed.json`, 'The Test Ledger & Co (JSON Feed)'],
    ];
    expect(await alternates('/')).toEqual(siteFeeds);
    expect(await alternates(tricky.path!)).toEqual(siteFeeds);
    expect(await alternates('/science')).toEqual([
      ...siteFeeds,
      ['application/rss+xml', `${base}/science/feed.xml`, 'Science | The Test Ledger & Co (RSS)'],
      ['application/atom+xml', `${base}/science/feed.atom`, 'Science | The Test Ledger & Co (Atom)'],
      ['application/feed+json', `${base}/science/feed.json`, 'Science | The Test Ledger & Co (JSON Feed)'],
    ]);
    expect((await alternates('/tag/elections')).slice(3).map((link) => link[1])).toEqual([`${base}/tag/elections/feed.xml`, `${base}/tag/elections/feed.atom`, `${base}/tag/elections/feed.json`]);
    expect((await alternates('/author/ben-adler')).slice(3).map((link) => link[1])).toEqual([`${base}/author/ben-adler/feed.xml`, `${base}/author/ben-adler/feed.atom`, `${base}/author/ben-adler/feed.json`]);
  });

  describe('conditional GET', () => {
    it('sends an ETag, Last-Modified and a short public cache lifetime', async () => {
      const response = await get('/feed.xml');
      expect(response.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(response.headers['last-modified']).toBe(new Date('2026-11-28T11:30:00Z').toUTCString());
      expect(response.headers['cache-control']).toBe('public, max-age=300');
    });

    it('answers 304 with no body to a matching If-None-Match or a not-older If-Modified-Since', async () => {
      const { headers } = await get('/world/feed.json');
      const byTag = await get('/world/feed.json', { 'if-none-match': headers.etag as string });
      expect(byTag.statusCode).toBe(304);
      expect(byTag.body).toBe('');
      expect(byTag.headers.etag).toBe(headers.etag);
      expect((await get('/world/feed.json', { 'if-none-match': `W/${headers.etag}, "other"` })).statusCode).toBe(304);
      expect((await get('/world/feed.json', { 'if-modified-since': headers['last-modified'] as string })).statusCode).toBe(304);
      expect((await get('/world/feed.json', { 'if-modified-since': 'Sat, 28 Nov 2026 10:00:00 GMT' })).statusCode).toBe(200);
      // A mismatching ETag wins over a fresh date.
      expect((await get('/world/feed.json', { 'if-none-match': '"stale"', 'if-modified-since': headers['last-modified'] as string })).statusCode).toBe(200);
    });

    it('changes the ETag when a new article is published', async () => {
      const before = await get('/science/feed.atom');
      const make = factories(t.app);
      const science = await t.app.byline.services.taxonomy.findSectionBySlug('science');
      await make.article({ sectionId: science!.id, authorIds: [ben.id], headline: 'Fresh science', slug: 'fresh-science', publishedAt: new Date('2026-11-28T11:45:00Z') });
      const after = await get('/science/feed.atom', { 'if-none-match': before.headers.etag as string });
      expect(after.statusCode).toBe(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(after.headers['last-modified']).toBe(new Date('2026-11-28T11:45:00Z').toUTCString());
    });
  });
});
