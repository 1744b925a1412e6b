// The public page cache: repeat views from memory, compressed once and chosen by
// Accept-Encoding; one cache entry whatever tracking parameters a link carries; a reader's held
// comment spliced into the shared page for them alone; and precise invalidation: each kind of
// change shows on every page it reaches at the next request, while unrelated pages stay cached.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Section, TagRef } from '../../src/content/content.ts';
import type { Person } from '../../src/people/people.ts';
import { loadStylesheet } from '../../src/web/assets.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';

describe('the page cache', () => {
  let t: TestApp;
  let world: Section;
  let science: Section;
  let amara: Person;
  let bruno: Person;
  let a1: Article; // World, by Amara, tagged Harbours
  let a2: Article; // World, by Bruno
  let a3: Article; // Science, by Bruno
  let tag: TagRef;

  beforeAll(async () => {
    t = await buildTestApp();
    const make = factories(t.app);
    world = await make.section({ name: 'World', slug: 'world' });
    science = await make.section({ name: 'Science', slug: 'science' });
    amara = await make.person({ name: 'Amara Okafor', slug: 'amara-okafor' });
    bruno = await make.person({ name: 'Bruno Ferreira', slug: 'bruno-ferreira' });
    // Words with nothing in common, so no article is another's related story unless pinned.
    const body = (words: string) => Array.from({ length: 4 }, () => words).join('\n\n');
    a1 = await make.article({ headline: 'Harbour vote passes', slug: 'harbour-vote', sectionId: world.id, authorIds: [amara.id], tags: ['Harbours'], standfirst: 'Dredging wins.', bodyMarkdown: body('Councillors approved dredging quays wharves moorings.') });
    a2 = await make.article({ headline: 'Ferry timetable changes', slug: 'ferry-timetable', sectionId: world.id, authorIds: [bruno.id], standfirst: 'Sailings cut.', bodyMarkdown: body('Winter sailings shortened; passengers grumble about crossings.') });
    a3 = await make.article({ headline: 'Comet seen at dawn', slug: 'comet-dawn', sectionId: science.id, authorIds: [bruno.id], standfirst: 'Icy visitor.', bodyMarkdown: body('Astronomers photographed icy nucleus tail perihelion.') });
    tag = a1.tags[0]!;
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const isHit = async (url: string) => (await get(url)).headers['x-cache'] === 'hit';
  const withoutToken = (html: string) => html.replace(/name="formToken" form="comment-form" value="[^"]*"/, '');
  const tokenOf = (html: string) => parseDocument(html).querySelector('input[name="formToken"]')?.getAttribute('value');

  /** Loads each page until it is cached. */
  async function warm(...urls: string[]) {
    for (const url of urls) {
      await get(url);
      expect(await isHit(url), `${url} cached`).toBe(true);
    }
  }

  const everyPage = () => ['/', '/world', '/science', `/tag/${tag.slug}`, '/author/amara-okafor', '/author/bruno-ferreira', a1.path!, a2.path!, a3.path!];

  /** After a change: these pages render afresh and show it; the others are still served from the cache. */
  async function expectChange(change: () => Promise<unknown>, affected: { url: string; shows: string }[]) {
    await warm(...everyPage());
    await change();
    for (const { url, shows } of affected) {
      const page = await get(url);
      expect(page.headers['x-cache'], `${url} rendered afresh`).toBeUndefined();
      expect(page.body, url).toContain(shows);
    }
    const affectedUrls = new Set(affected.map((page) => page.url));
    for (const url of everyPage().filter((url) => !affectedUrls.has(url))) expect(await isHit(url), `${url} still cached`).toBe(true);
  }

  it('serves a repeat view from memory, with a fresh form token each time', async () => {
    const first = await get(a1.path!);
    t.clock.advance(1000);
    const second = await get(a1.path!);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.headers['content-security-policy']).toBeDefined();
    expect(tokenOf(second.body)).toMatch(/^[0-9a-z]{9}\.[\w-]{32}$/);
    expect(tokenOf(second.body)).not.toBe(tokenOf(first.body));
    expect(withoutToken(second.body)).toBe(withoutToken(first.body));
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const page = await get(a1.path!);
    const again = await get(a1.path!, { 'if-none-match': page.headers.etag as string });
    expect(again.statusCode).toBe(304);
  });

  it('compresses once with brotli and gzip, chosen by Accept-Encoding, each with a fresh token', async () => {
    await get(a2.path!);
    await t.app.pageCache.settled();
    const identity = await get(a2.path!);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toContain('Accept-Encoding');
    const br = await get(a2.path!, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    const brHtml = brotliDecompressSync(br.rawPayload).toString();
    expect(withoutToken(brHtml)).toBe(withoutToken(identity.body));
    expect(tokenOf(brHtml)).toMatch(/^[0-9a-z]{9}\.[\w-]{32}$/);
    expect(br.rawPayload.length).toBeLessThan(identity.rawPayload.length / 3);
    const gzip = await get(a2.path!, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(withoutToken(gunzipSync(gzip.rawPayload).toString())).toBe(withoutToken(identity.body));
    const refused = await get(a2.path!, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('serves the stylesheet compressed too, under a hashed name cached for a year', async () => {
    const href = parseDocument((await get('/')).body).querySelector('link[rel="stylesheet"]')!.getAttribute('href')!;
    const plain = await get(href);
    await loadStylesheet().encoded.ready;
    const br = await get(href, { 'accept-encoding': 'br' });
    expect(br.headers['cache-control']).toContain('immutable');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gzip = await get(href, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);
  });

  it('keeps one entry whatever tracking or unknown parameters a link carries', async () => {
    await warm(a3.path!, '/science');
    for (const query of ['?utm_source=social&utm_medium=post', '?fbclid=IwAR0abc', '?gclid=xyz&utm_campaign=autumn', '?anything=else', '?c=12']) {
      expect(await isHit(a3.path! + query), query).toBe(true);
      expect(await isHit('/science' + query), query).toBe(true);
    }
    expect(await isHit('/science/')).toBe(true);
    // A parameter the page reads is part of the key.
    expect(await isHit('/search?q=comet&utm_source=x')).toBe(false);
    expect(await isHit('/search?utm_source=y&q=comet')).toBe(true);
  });

  it('names what each page was built from for a CDN, with s-maxage and stale-while-revalidate', async () => {
    const page = await get(a1.path!);
    const keys = String(page.headers['surrogate-key']).split(' ');
    expect(keys).toEqual(expect.arrayContaining([`a:${a1.id}`, `c:${a1.id}`, `s:${world.id}`, `p:${amara.id}`, `t:${tag.id}`, 'settings', 'nav']));
    expect(String(page.headers['cache-tag']).split(',')).toEqual(keys);
    expect(page.headers['cache-control']).toMatch(/public, .*s-maxage=\d+.*stale-while-revalidate=\d+/);
  });

  it('gives a reader with a held comment the cached page with their comment in it, and no one else', async () => {
    await warm(a1.path!);
    const someone = reader(t.app, t.clock);
    const posted = await someone.comment(a1.path!, { body: 'Mine, awaiting moderation.' });
    expect(posted.statusCode).toBe(303);
    const mine = await someone.get(a1.path!);
    expect(mine.headers['x-cache']).toBe('hit');
    expect(mine.headers['cache-control']).toBe('private, no-store');
    expect(texts(parseDocument(mine.body), '.held-comments .comment-body')).toEqual(['Mine, awaiting moderation.']);
    expect(tokenOf(mine.body)).toMatch(/^[0-9a-z]{9}\./);
    const others = await get(a1.path!);
    expect(others.headers['x-cache']).toBe('hit');
    expect(others.body).not.toContain('awaiting moderation');
    // On another article the same reader gets the shared page.
    expect((await someone.get(a2.path!)).headers['cache-control']).not.toContain('private');
  });

  describe('drops exactly the pages a change reaches', () => {
    it('an article edit: its page and every list showing it', async () => {
      await expectChange(() => t.app.byline.services.articles.updateArticle(a1.id, { headline: 'Harbour vote passes narrowly' }), [
        { url: a1.path!, shows: 'Harbour vote passes narrowly' },
        { url: '/', shows: 'Harbour vote passes narrowly' },
        { url: '/world', shows: 'Harbour vote passes narrowly' },
        { url: `/tag/${tag.slug}`, shows: 'Harbour vote passes narrowly' },
        { url: '/author/amara-okafor', shows: 'Harbour vote passes narrowly' },
      ]);
    });

    it('a new article: the lists it joins', async () => {
      let fresh: Article | undefined;
      const publish = async () => (fresh = await factories(t.app).article({ headline: 'Storm closes the bridge', sectionId: world.id, authorIds: [bruno.id], publishedAt: t.clock.now(), standfirst: 'Gales.', bodyMarkdown: 'Gales toppled scaffolding; engineers inspect girders.' }));
      await expectChange(publish, [
        { url: '/', shows: 'Storm closes the bridge' },
        { url: '/world', shows: 'Storm closes the bridge' },
        { url: '/author/bruno-ferreira', shows: 'Storm closes the bridge' },
      ]);
      expect((await get(fresh!.path!)).statusCode).toBe(200);
    });

    it("an approved comment: that article's page only", async () => {
      const someone = reader(t.app, t.clock);
      await someone.comment(a2.path!, { body: 'First comment from a reader.' });
      const [held] = (await t.app.byline.services.comments.queue({ status: 'pending' }, { page: 1, pageSize: 50 })).items.filter((c) => c.articleId === a2.id);
      await expectChange(() => t.app.byline.services.comments.setStatus(held!.id, 'approved'), [{ url: a2.path!, shows: 'First comment from a reader.' }]);
    });

    it("a section's description: its front only; its name: every page's navigation", async () => {
      await expectChange(() => t.app.byline.services.taxonomy.updateSection(science.id, { description: 'Stars, cells and everything between.' }), [{ url: '/science', shows: 'Stars, cells and everything between.' }]);
      await expectChange(() => t.app.byline.services.taxonomy.updateSection(science.id, { name: 'Science & Space' }), everyPage().map((url) => ({ url, shows: 'Science &amp; Space' })));
    });

    it("a tag's name: the pages showing that tag", async () => {
      await expectChange(() => t.app.byline.services.taxonomy.renameTag(tag.id, { name: 'Harbours and ports' }), [
        { url: a1.path!, shows: 'Harbours and ports' },
        { url: `/tag/${tag.slug}`, shows: 'Harbours and ports' },
      ]);
    });

    it("a writer's profile: the pages with their byline or author box", async () => {
      await expectChange(() => t.app.byline.services.people.updatePerson(amara.id, { name: 'Amara N. Okafor' }), [
        { url: a1.path!, shows: 'Amara N. Okafor' },
        { url: '/', shows: 'Amara N. Okafor' },
        { url: '/world', shows: 'Amara N. Okafor' },
        { url: `/tag/${tag.slug}`, shows: 'Amara N. Okafor' },
        { url: '/author/amara-okafor', shows: 'Amara N. Okafor' },
      ]);
    });

    it("a related list: that article's page only", async () => {
      await expectChange(() => t.app.byline.services.related.pinRelated(a2.id, a3.id), [{ url: a2.path!, shows: 'Comet seen at dawn' }]);
    });

    it('site settings: every page', async () => {
      await expectChange(() => t.app.byline.services.settings.updateSiteSettings({ title: 'The Harbour Gazette' }), everyPage().map((url) => ({ url, shows: 'The Harbour Gazette' })));
    });
  });
});
