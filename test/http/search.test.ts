// Site search through HTTP: ranking, phrases, prefixes, exclusions, filters, pagination,
// highlighted snippets that stay escaped, queries that cannot be searched (never a 500), the
// index following publish, edit, unpublish, schedule and delete, and the JSON variant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../../src/content/content.ts';
import type { Person } from '../../src/people/people.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';

describe('search', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let world: Section;
  let science: Section;
  let amara: Person;
  let ben: Person;
  const hoursAgo = (hours: number) => new Date(t.clock.now().getTime() - hours * 3_600_000);

  beforeAll(async () => {
    // Every search here comes from one test address within seconds: the per-client limit is off
    // for this file and has its own (search-rate-limit.test.ts).
    t = await buildTestApp({ env: { BYLINE_PAGE_SIZE: '3', BYLINE_SEARCH_RATE_LIMIT: '0' } });
    make = factories(t.app);
    await t.app.byline.services.settings.updateSiteSettings({ timeZone: 'America/New_York' });
    world = await make.section({ name: 'World', slug: 'world' });
    science = await make.section({ name: 'Science', slug: 'science' });
    amara = await make.person({ name: 'Amara Okafor', slug: 'amara-okafor', email: 'amara.secret@example.com' });
    ben = await make.person({ name: 'Ben Li', slug: 'ben-li', email: 'ben.secret@example.com' });

    // Ranking: the body-only match is newer, so only weighting can put the headline match first.
    await make.article({ sectionId: science.id, authorIds: [amara.id], headline: 'Glacier retreat speeds up in the Alps', standfirst: 'Measurements from forty sites.', bodyMarkdown: 'Ice loss has doubled since records began.', publishedAt: hoursAgo(30) });
    await make.article({ sectionId: world.id, authorIds: [ben.id], headline: 'Mountain villages count the cost', standfirst: 'Tourism is changing.', bodyMarkdown: 'Guides say the old glacier path is now closed, and hotels are half empty.', publishedAt: hoursAgo(2) });

    // Phrases, prefixes and exclusions.
    await make.article({ sectionId: world.id, authorIds: [amara.id], headline: 'Brussels agrees a carbon border tax', bodyMarkdown: 'The carbon border tax applies to steel. Electricity imports follow later.', publishedAt: hoursAgo(40) });
    await make.article({ sectionId: world.id, authorIds: [ben.id], headline: 'Exporters fear a tax on carbon at the border', bodyMarkdown: 'The electoral calendar makes the timing hard.', publishedAt: hoursAgo(41) });

    // Dates: 03:00 UTC on 20 November is the evening of the 19th in New York.
    await make.article({ sectionId: science.id, authorIds: [ben.id], headline: 'Comet visible at dusk', bodyMarkdown: 'Look west after sunset.', publishedAt: new Date('2026-11-20T03:00:00Z') });
    await make.article({ sectionId: science.id, authorIds: [ben.id], headline: 'Comet fades from view', bodyMarkdown: 'Binoculars help.', publishedAt: new Date('2026-11-22T15:00:00Z') });

    // Pagination: five harbour stories, newest first when they rank alike.
    for (let i = 1; i <= 5; i++) await make.article({ sectionId: world.id, authorIds: [amara.id], headline: `Harbour report ${i}`, bodyMarkdown: 'Ships wait offshore.', publishedAt: hoursAgo(50 + i) });

    // Escaping: markup and ampersands in an article's words must come out as text.
    await make.article({
      sectionId: world.id,
      authorIds: [amara.id],
      headline: 'Salt & <script>alert("headline")</script> lighthouse',
      bodyMarkdown: 'The keeper wrote `<script>alert("body")</script>` on the lighthouse wall, & more.\n\n<script>alert("raw")</script>',
      publishedAt: hoursAgo(60),
    });

    // Never found: a draft and an article whose publication time has not come.
    await make.article({ sectionId: world.id, authorIds: [amara.id], headline: 'Glacier draft nobody may read', status: 'draft', publishedAt: null });
    await make.article({ sectionId: world.id, authorIds: [amara.id], headline: 'Glacier embargoed until tomorrow', publishedAt: new Date(t.clock.now().getTime() + 86_400_000) });
  });
  afterAll(() => t.close());

  const get = async (url: string) => {
    const response = await t.app.inject({ url });
    return { status: response.statusCode, headers: response.headers, doc: parseDocument(response.body), body: response.body };
  };
  const headlines = async (query: string) => texts((await get(`/search?q=${encodeURIComponent(query)}`)).doc, '.search-result .story-headline');

  it('ranks a headline match above a newer match in the body only', async () => {
    const { status, doc, headers } = await get('/search?q=glacier');
    expect(status).toBe(200);
    expect(headers['cache-control']).toMatch(/^public, max-age=60\b/);
    expect(texts(doc, '.search-result .story-headline')).toEqual(['Glacier retreat speeds up in the Alps', 'Mountain villages count the cost']);
    expect(texts(doc, 'h1')).toEqual(['Search results for “glacier”']);
    expect(texts(doc, '.search-count')).toEqual(['2 articles found']);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('shows each result with its section, byline, date and a highlighted snippet', async () => {
    const { doc, body } = await get('/search?q=glacier');
    const second = doc.querySelectorAll('.search-result')[1]!;
    expect(second.querySelector('.section-label')?.textContent).toBe('World');
    expect(second.querySelector('.story-headline a')?.getAttribute('href')).toMatch(/^\/world\/\d{4}\/\d{2}\/\d{2}\/story-\d+$/);
    expect(second.querySelector('.byline')?.textContent).toContain('Ben Li');
    expect(second.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(second.querySelector('.search-snippet')?.textContent).toContain('the old glacier path is now closed');
    expect(texts(doc, '.search-snippet mark')).toEqual(['glacier']);
    expect(texts(doc, '.search-result .story-headline mark')).toEqual(['Glacier']);
    expect(body).not.toMatch(/secret@example\.com/);
    expect(body).not.toMatch(/[\uE000\uE001]/);
  });

  it('never finds drafts or articles whose publication time has not come', async () => {
    const { body } = await get('/search?q=glacier');
    expect(body).not.toContain('Glacier draft');
    expect(body).not.toContain('embargoed');
  });

  it('matches quoted phrases exactly, and the same words apart without quotes', async () => {
    expect(await headlines('"carbon border tax"')).toEqual(['Brussels agrees a carbon border tax']);
    expect((await headlines('carbon border tax')).sort()).toEqual(['Brussels agrees a carbon border tax', 'Exporters fear a tax on carbon at the border']);
  });

  it('shows a quoted phrase in the heading quoted once, not “"twice"” (issue 13)', async () => {
    expect(texts((await get(`/search?q=${encodeURIComponent('"carbon border tax"')}`)).doc, 'h1')).toEqual(['Search results for “carbon border tax”']);
    expect(texts((await get(`/search?q=${encodeURIComponent('"carbon border" tax')}`)).doc, 'h1')).toEqual(['Search results for “carbon border” tax']);
    expect(texts((await get('/search?q=harbour')).doc, 'h1')).toEqual(['Search results for “harbour”']);
  });

  it('matches the start of a word with an asterisk', async () => {
    expect((await headlines('elect*')).sort()).toEqual(['Brussels agrees a carbon border tax', 'Exporters fear a tax on carbon at the border']);
    expect(await headlines('elect')).toEqual([]);
  });

  it('leaves out words after a minus sign', async () => {
    expect(await headlines('carbon -brussels')).toEqual(['Exporters fear a tax on carbon at the border']);
  });

  it('filters by section and by author', async () => {
    expect(await headlines('glacier')).toHaveLength(2);
    expect(texts((await get('/search?q=glacier&section=world')).doc, '.search-result .story-headline')).toEqual(['Mountain villages count the cost']);
    expect(texts((await get('/search?q=glacier&author=amara-okafor')).doc, '.search-result .story-headline')).toEqual(['Glacier retreat speeds up in the Alps']);
    const unknown = await get('/search?q=glacier&section=no-such-section');
    expect(unknown.status).toBe(200);
    expect(unknown.doc.querySelector('.search-empty')).not.toBeNull();
    const form = (await get('/search?q=glacier&section=world&author=ben-li')).doc;
    expect(form.querySelector('#search-section option[selected]')?.getAttribute('value')).toBe('world');
    expect(form.querySelector('#search-author option[selected]')?.getAttribute('value')).toBe('ben-li');
  });

  it('filters by whole days in the site time zone', async () => {
    const comets = async (range: string) => texts((await get(`/search?q=comet&${range}`)).doc, '.search-result .story-headline');
    expect(await comets('from=2026-11-20')).toEqual(['Comet fades from view']);
    expect(await comets('to=2026-11-19')).toEqual(['Comet visible at dusk']);
    expect(await comets('from=2026-11-19&to=2026-11-22')).toEqual(['Comet fades from view', 'Comet visible at dusk']);
    expect(await comets('from=2026-11-23')).toEqual([]);
    // A malformed date is ignored, and not echoed back.
    const { status, doc } = await get('/search?q=comet&from=not-a-date');
    expect(status).toBe(200);
    expect(texts(doc, '.search-result .story-headline')).toHaveLength(2);
    expect(doc.querySelector('#search-from')?.getAttribute('value') ?? '').toBe('');
  });

  it('paginates results with ?page=, keeping the query and filters in the links', async () => {
    const first = await get('/search?q=harbour&section=world');
    expect(texts(first.doc, '.search-result .story-headline')).toEqual(['Harbour report 1', 'Harbour report 2', 'Harbour report 3']);
    const next = first.doc.querySelector('.pagination a[rel="next"]')?.getAttribute('href');
    expect(next).toBe('/search?q=harbour&section=world&page=2');
    expect(first.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://news.example.test/search?q=harbour&section=world');
    const second = await get(next!);
    expect(texts(second.doc, '.search-result .story-headline')).toEqual(['Harbour report 4', 'Harbour report 5']);
    expect(second.doc.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe('/search?q=harbour&section=world');
    expect((await get('/search?q=harbour&page=3')).status).toBe(404);
    expect((await get('/search?q=harbour&page=abc')).status).toBe(404);
  });

  it('escapes markup and ampersands in headlines and snippets, highlighting only the matched word', async () => {
    const { status, doc, body } = await get('/search?q=lighthouse');
    expect(status).toBe(200);
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('alert("raw")');
    expect(texts(doc, '.search-result .story-headline')).toEqual(['Salt & <script>alert("headline")</script> lighthouse']);
    expect(texts(doc, '.search-result .story-headline mark')).toEqual(['lighthouse']);
    const snippet = doc.querySelector('.search-snippet')!;
    expect(snippet.textContent).toContain('lighthouse wall, & more');
    expect(snippet.querySelectorAll('mark')).toHaveLength(1);
    expect(snippet.querySelector('script')).toBeNull();
    expect(body).toContain('&amp; more');
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('escapes the query itself wherever it is shown', async () => {
    const { status, doc, body } = await get(`/search?q=${encodeURIComponent('<script>alert(1)</script> & lighthouse')}`);
    expect(status).toBe(200);
    expect(body).not.toContain('<script>alert(1)');
    expect(doc.querySelector('#search-q')?.getAttribute('value')).toBe('<script>alert(1)</script> & lighthouse');
  });

  it('answers a query it cannot search with a page saying why, never an error', async () => {
    const queries = ['"unclosed', 'AND OR', '*', '(', 'NEAR(', '-', '!?;:.,', '"', '-glacier', 'a'.repeat(2000), 'title:glacier', 'glacier NOT', ')))((("', '^glacier', '\u0000'];
    for (const query of queries) {
      const { status, doc } = await get(`/search?q=${encodeURIComponent(query)}`);
      expect(status, query).toBe(200);
      expect(doc.querySelector('.search-message, .search-results'), query).not.toBeNull();
      expect(texts(doc, 'h1'), query).toHaveLength(1);
    }
    expect((await get('/search?q=*')).doc.querySelector('.search-problem')).not.toBeNull();
    expect((await get('/search?q=-glacier')).doc.querySelector('.search-problem')).not.toBeNull();
    expect((await get(`/search?q=${'a'.repeat(2000)}`)).doc.querySelector('.search-problem')).not.toBeNull();
    expect((await get('/search?q=%22unclosed')).doc.querySelector('.search-empty')).not.toBeNull();
    // A repeated parameter counts by its first value.
    expect((await get('/search?q=glacier&q=harbour')).status).toBe(200);
  });

  it('shows the search form on its own at /search, which no section can take', async () => {
    const { status, doc } = await get('/search');
    expect(status).toBe(200);
    expect(texts(doc, 'h1')).toEqual(['Search']);
    expect(doc.querySelector('.search-message')).not.toBeNull();
    expect(doc.querySelector('.search-problem')).toBeNull();
    await expect(make.section({ slug: 'search', name: 'Search' })).rejects.toMatchObject({ code: expect.any(String) });
  });

  it('puts a labelled search box in every page header', async () => {
    for (const url of ['/', '/world', '/search?q=glacier']) {
      const { doc } = await get(url);
      const form = doc.querySelector('.site-header form[role="search"]');
      expect(form?.getAttribute('action'), url).toBe('/search');
      expect(form?.getAttribute('method')).toBe('get');
      const input = form!.querySelector('input[name="q"]')!;
      expect(doc.querySelector(`label[for="${input.getAttribute('id')}"]`)?.textContent).toBe('Search articles');
    }
  });

  it('follows publish, edit, unpublish and delete at once', async () => {
    const { articles, desk } = t.app.byline.services;
    const draft = await make.article({ sectionId: world.id, authorIds: [ben.id], headline: 'Zeppelin hangar reopens', status: 'draft', publishedAt: null });
    expect(await headlines('zeppelin')).toEqual([]);

    await articles.updateArticle(draft.id, { status: 'published' });
    expect(await headlines('zeppelin')).toEqual(['Zeppelin hangar reopens']);

    await articles.updateArticle(draft.id, { headline: 'Airship hangar reopens', bodyMarkdown: 'A dirigible returns.' });
    expect(await headlines('zeppelin')).toEqual([]);
    expect(await headlines('airship')).toEqual(['Airship hangar reopens']);
    expect(await headlines('dirigible')).toEqual(['Airship hangar reopens']);

    await articles.updateArticle(draft.id, { status: 'draft' });
    expect(await headlines('airship')).toEqual([]);

    await articles.updateArticle(draft.id, { status: 'published' });
    expect(await headlines('airship')).toEqual(['Airship hangar reopens']);
    await desk.deleteArticle(draft.id);
    expect(await headlines('airship')).toEqual([]);
  });

  it('indexes a scheduled article when the scheduler publishes it, and a future-dated one when its time comes', async () => {
    const { desk } = t.app.byline.services;
    const start = t.clock.now();
    await make.article({ sectionId: world.id, authorIds: [ben.id], headline: 'Observatory opens its doors', status: 'scheduled', publishedAt: new Date(start.getTime() + 3_600_000) });
    await make.article({ sectionId: world.id, authorIds: [ben.id], headline: 'Planetarium opens its doors', publishedAt: new Date(start.getTime() + 3_600_000) });
    expect(await headlines('opens doors')).toEqual([]);
    try {
      t.clock.set(new Date(start.getTime() + 2 * 3_600_000));
      expect(await headlines('planetarium')).toEqual(['Planetarium opens its doors']);
      expect(await headlines('observatory')).toEqual([]);
      expect(await desk.publishDue()).toHaveLength(1);
      expect(await headlines('observatory')).toEqual(['Observatory opens its doors']);
    } finally {
      t.clock.set(start);
    }
  });

  it('answers /search.json with absolute URLs, authors by name and plain-text snippets', async () => {
    const response = await t.app.inject({ url: '/search.json?q=glacier&page=1' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body).not.toMatch(/secret@example\.com|email/);
    expect(response.body).not.toMatch(/[\uE000\uE001]/);
    const data = response.json();
    expect(data).toMatchObject({ query: 'glacier', page: 1, pageSize: 3, total: 2, pageCount: 1 });
    expect(data.results.map((result: { headline: string }) => result.headline)).toEqual(['Glacier retreat speeds up in the Alps', 'Mountain villages count the cost']);
    const second = data.results[1];
    expect(second).toMatchObject({
      id: expect.any(Number),
      url: expect.stringMatching(/^https:\/\/news\.example\.test\/world\/\d{4}\/\d{2}\/\d{2}\/story-\d+$/),
      section: { name: 'World', url: 'https://news.example.test/world' },
      authors: [{ name: 'Ben Li', url: 'https://news.example.test/author/ben-li' }],
      publishedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    expect(second.snippet).toContain('the old glacier path is now closed');
    expect(second.snippetParts.filter((part: { match: boolean }) => part.match)).toEqual([{ text: 'glacier', match: true }]);
  });

  it('answers /search.json with a 400 and a reason for a query it cannot search', async () => {
    for (const [query, problem] of [['', 'empty'], ['*', 'no-words'], ['-glacier', 'only-exclusions'], ['a'.repeat(2000), 'too-long']] as const) {
      const response = await t.app.inject({ url: `/search.json?q=${encodeURIComponent(query)}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json()).toMatchObject({ error: 'INVALID_QUERY', problem });
    }
    expect((await t.app.inject({ url: '/search.json?q=(' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/search.json?q=%22unclosed' })).json()).toMatchObject({ total: 0, results: [] });
  });
});
