// Home, section, tag and author pages: what they list, in which order, and how they paginate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/people/people.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';

describe('fronts', () => {
  let t: TestApp;
  let author: Person;

  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_PAGE_SIZE: '5' } });
    const make = factories(t.app);
    const world = await make.section({ name: 'World', slug: 'world', description: 'News from everywhere.' });
    const science = await make.section({ name: 'Science', slug: 'science' });
    author = await make.person({ name: 'Amara Okafor', slug: 'amara-okafor', roleTitle: 'Africa correspondent', email: 'amara.secret@example.com' });
    // 7 world stories (newest first: w1 … w7), 2 science stories, 1 draft that must never show.
    for (let i = 1; i <= 7; i++) {
      await make.article({ sectionId: world.id, authorIds: [author.id], headline: `World story ${i}`, slug: `world-${i}`, tags: i % 2 ? ['Elections'] : [], publishedAt: new Date(Date.parse('2026-11-28T11:00:00Z') - i * 3_600_000) });
    }
    for (let i = 1; i <= 2; i++) {
      await make.article({ sectionId: science.id, headline: `Science story ${i}`, slug: `science-${i}`, publishedAt: new Date(Date.parse('2026-11-20T11:00:00Z') - i * 3_600_000) });
    }
    await make.article({ sectionId: world.id, authorIds: [author.id], headline: 'Unpublished draft', slug: 'a-draft', status: 'draft', publishedAt: null, tags: ['Elections'] });
    await make.article({ sectionId: world.id, authorIds: [author.id], headline: 'Embargoed until tomorrow', slug: 'embargoed', publishedAt: new Date('2026-11-29T09:00:00Z') });
  });
  afterAll(() => t.close());

  const get = async (url: string) => {
    const response = await t.app.inject({ url });
    return { status: response.statusCode, headers: response.headers, doc: parseDocument(response.body), body: response.body };
  };

  it('leads the home page with the newest story and lists every section', async () => {
    const { status, doc } = await get('/');
    expect(status).toBe(200);
    expect(texts(doc, '.lead-story .story-headline')).toEqual(['World story 1']);
    expect(texts(doc, '.front-section h2')).toEqual(['World', 'Science']);
    expect(texts(doc, 'h1')).toHaveLength(1);
  });

  it('never shows drafts or stories whose publication time has not come', async () => {
    for (const url of ['/', '/world', '/tag/elections', '/author/amara-okafor']) {
      const { body } = await get(url);
      expect(body).not.toContain('Unpublished draft');
      expect(body).not.toContain('Embargoed until tomorrow');
    }
    expect((await get('/world/2026/11/29/embargoed')).status).toBe(404);
  });

  it('pages the section front by keyset, newest first, with rel links and 404 past the end', async () => {
    const first = await get('/world');
    expect(texts(first.doc, 'h1')).toEqual(['World']);
    expect(texts(first.doc, '.story-headline')).toEqual(['World story 1', 'World story 2', 'World story 3', 'World story 4', 'World story 5']);
    expect(first.doc.querySelector('.pagination a[rel="prev"]')).toBeNull();
    const older = first.doc.querySelector('.pagination a[rel="next"]')?.getAttribute('href');
    expect(older).toMatch(/^\/world\?before=\d+-\d+$/);
    expect(first.doc.querySelector('.site-nav a[aria-current="page"]')?.textContent).toBe('World');

    const second = await get(older!);
    expect(texts(second.doc, '.story-headline')).toEqual(['World story 6', 'World story 7']);
    expect(second.doc.querySelector('.pagination a[rel="next"]')).toBeNull();
    const newer = second.doc.querySelector('.pagination a[rel="prev"]')?.getAttribute('href');
    expect(newer).toMatch(/^\/world\?after=\d+-\d+$/);
    expect(second.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://news.example.test${older}`);
    // Newer again from there: the first page's stories.
    expect(texts((await get(newer!)).doc, '.story-headline')).toEqual(['World story 1', 'World story 2', 'World story 3', 'World story 4', 'World story 5']);

    const last = /before=(\d+)-/.exec(older!)![1];
    expect((await get(`/world?before=${Number(last) - 10 * 3_600_000}-1`)).status).toBe(404);
    expect((await get('/world?before=abc')).status).toBe(404);
    expect((await get('/world?after=12-')).status).toBe(404);
  });

  it('lists a tag across sections', async () => {
    const { status, doc } = await get('/tag/elections');
    expect(status).toBe(200);
    expect(texts(doc, 'h1')).toEqual(['Elections']);
    expect(texts(doc, '.story-headline')).toEqual(['World story 1', 'World story 3', 'World story 5', 'World story 7']);
  });

  it("shows an author's profile and their stories, never their email", async () => {
    const { status, doc, body } = await get('/author/amara-okafor');
    expect(status).toBe(200);
    expect(texts(doc, 'h1')).toEqual(['Amara Okafor']);
    expect(texts(doc, '.profile-role')).toEqual(['Africa correspondent']);
    expect(texts(doc, '.story-headline')).toHaveLength(5);
    expect(doc.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toMatch(/^\/author\/amara-okafor\?before=\d+-\d+$/);
    expect(body).not.toContain('amara.secret@example.com');
  });

  it('answers unknown sections, tags and authors with the 404 page', async () => {
    for (const url of ['/no-such-section', '/tag/no-such-tag', '/author/nobody', '/world/2026/01/01/nothing', '/a/b/c']) {
      const { status, doc, headers } = await get(url);
      expect(status, url).toBe(404);
      expect(headers['content-type']).toContain('text/html');
      expect(doc.querySelector('.site-header nav')).not.toBeNull();
    }
  });

  it('serves the stylesheet under a content hash with a long cache lifetime', async () => {
    const { doc } = await get('/');
    const href = doc.querySelector('link[rel="stylesheet"]')!.getAttribute('href')!;
    expect(href).toMatch(/^\/assets\/site\.[0-9a-f]{12}\.css$/);
    const css = await t.app.inject({ url: href });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.headers['cache-control']).toContain('immutable');
  });

  it('sends security headers that forbid inline script', async () => {
    const { headers } = await get('/');
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
});
