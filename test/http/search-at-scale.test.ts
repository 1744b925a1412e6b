// Search on an archive larger than it ranks: a word in nearly every article is answered from the
// newest 1,000 matches, counted as "more than 1,000", and paged no further than those.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, vocabulary } from '../../scripts/generate-archive.ts';
import { candidateLimit } from '../../src/discovery/search/search-index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument } from '../helpers/html.ts';

describe('search beyond what it ranks', () => {
  let t: TestApp;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_PAGE_SIZE: '100' } });
    app = t.app;
    await generateArchive(app.byline.db, { articles: 1300, comments: 0, newest: t.clock.now() });
  }, 120_000);
  afterAll(() => t.close());

  const common = vocabulary[0]!;

  it('counts a common word up to the limit and says there are more', async () => {
    const response = await app.inject({ url: `/search.json?q=${common}` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(candidateLimit);
    expect(body.more).toBe(true);
    expect(body.pageCount).toBe(candidateLimit / 100);
    expect(body.results).toHaveLength(100);
    const page = parseDocument((await app.inject({ url: `/search?q=${common}` })).body);
    expect(page.querySelector('.search-count')?.textContent).toContain('More than 1,000');
  });

  it('ranks within the newest matches and pages no further than them', async () => {
    const last = await app.inject({ url: `/search.json?q=${common}&page=${candidateLimit / 100}` });
    expect(last.statusCode).toBe(200);
    expect(last.json().results).toHaveLength(100);
    expect((await app.inject({ url: `/search?q=${common}&page=${candidateLimit / 100 + 1}` })).statusCode).toBe(404);
    // Every result is among the newest 1,000 published matches: no older article is ranked.
    const ids = (await Promise.all(Array.from({ length: candidateLimit / 100 }, (_, i) => app.inject({ url: `/search.json?q=${common}&page=${i + 1}` })))).flatMap((r) => r.json().results.map((x: { id: number }) => x.id));
    expect(new Set(ids).size).toBe(candidateLimit);
    const word = new RegExp(`\\b${common}\\b`, 'i');
    const matching = (await app.byline.db.selectFrom('articles').select(['id', 'headline', 'standfirst', 'body_markdown']).where('status', '=', 'published').orderBy('id', 'desc').execute()).filter((row) => word.test(`${row.headline} ${row.standfirst} ${row.body_markdown}`));
    expect(matching.length).toBeGreaterThan(candidateLimit);
    expect(new Set(ids)).toEqual(new Set(matching.slice(0, candidateLimit).map((row) => row.id)));
  });

  it('counts a rarer word exactly', async () => {
    const rare = vocabulary[12_000]!;
    const body = (await app.inject({ url: `/search.json?q=${rare}` })).json();
    expect(body.more).toBe(false);
    expect(body.total).toBeLessThan(candidateLimit);
  });

  // A date filter starts the walk at the newest id published in the range; ids follow creation,
  // not publication, so a story published into the range later must still be found.
  it('finds every match of a date range, a backdated story with the newest id among them', async () => {
    const word = vocabulary[40]!;
    const backdated = await factories(app).article({ headline: `Backdated ${word} report`, publishedAt: new Date('2026-09-10T12:00:00Z') });
    const ids = async (query: string) => {
      const found: number[] = [];
      for (let page = 1; ; page++) {
        const response = await app.inject({ url: `/search.json?q=${word}&${query}&page=${page}` });
        if (response.statusCode === 404) break;
        found.push(...response.json().results.map((result: { id: number }) => result.id));
        if (page >= response.json().pageCount) break;
      }
      return found.sort((x, y) => x - y);
    };
    const expected = (await app.byline.db.selectFrom('articles').select(['id', 'headline', 'standfirst', 'body_markdown', 'published_at']).where('status', '=', 'published').where('published_at', '>=', '2026-09-01').where('published_at', '<', '2026-09-21').execute())
      .filter((row) => new RegExp(`\\b${word}\\b`, 'i').test(`${row.headline} ${row.standfirst} ${row.body_markdown}`))
      .map((row) => row.id)
      .sort((x, y) => x - y);
    expect(expected).toContain(backdated.id);
    expect(expected.length).toBeGreaterThan(5);
    expect(await ids('from=2026-09-01&to=2026-09-20')).toEqual(expected);
    expect(await ids('from=1990-01-01&to=1990-12-31')).toEqual([]);
  });

  // An author filter reads the writer's own stories and scores them from that read; the order must
  // be the unfiltered search's, with other writers' stories taken out (every query here has fewer
  // matches than the search ranks, so the unfiltered order holds them all).
  it('ranks a writer\'s matches exactly as the unfiltered search ranks them', async () => {
    const allIds = async (query: string) => {
      const found: number[] = [];
      for (let page = 1; ; page++) {
        const response = await app.inject({ url: `/search.json?q=${encodeURIComponent(query.split('&')[0]!)}${query.includes('&') ? `&${query.split('&')[1]}` : ''}&page=${page}` });
        if (response.statusCode === 404) break;
        expect(response.json().more, query).toBe(false);
        found.push(...response.json().results.map((result: { id: number }) => result.id));
        if (page >= response.json().pageCount) break;
      }
      return found;
    };
    const writer = 'reporter-3';
    const theirs = new Set(
      (await app.byline.db.selectFrom('article_authors').innerJoin('people', 'people.id', 'article_authors.person_id').select('article_authors.article_id').where('people.slug', '=', writer).execute()).map((row) => row.article_id),
    );
    expect(theirs.size).toBeGreaterThan(10);
    let reordered = 0;
    for (const query of [vocabulary[30]!, `${vocabulary[30]} ${vocabulary[31]}`, `"${vocabulary[30]} ${vocabulary[0]}"`, `${vocabulary[30]} -${vocabulary[1]}`, `${vocabulary[45]!.slice(0, 4)}*`]) {
      const expected = (await allIds(query)).filter((id) => theirs.has(id));
      const filtered = await allIds(`${query}&author=${writer}`);
      expect(filtered, query).toEqual(expected);
      if (expected.some((id, i) => i > 0 && id > expected[i - 1]!)) reordered++;
    }
    // Scores, not only dates, decided some of those orders.
    expect(reordered).toBeGreaterThan(0);
  });
});
