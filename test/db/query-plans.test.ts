// Every statement a reader's page view runs, checked against the database's own planner on an
// archive of a few thousand articles and tens of thousands of comments (the 100,000-article
// figures are in docs/performance.md, from npm run bench). The pages are requested through HTTP
// with the page cache off, every statement is captured, and each is EXPLAINed: no full scan of a
// large table and no sort of one. SQLite: EXPLAIN QUERY PLAN has no "SCAN <table>" and no temp
// B-tree. PostgreSQL: with sequential scans and sorts priced out (enable_seqscan/enable_sort
// off, so a small table's cheap scan does not hide a missing index), no Seq Scan or Sort of one.
// Checked twice: before ANALYZE (as most sites run: no planner statistics) and after.
// A sort is allowed where it is bounded whatever the archive's size: of small tables (people,
// tags, sections), of one article's rows (its tags, its bylines), and search's ranking of its
// candidate window by score (at most 1,000 rows).
import type { FastifyInstance } from 'fastify';
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, vocabulary } from '../../scripts/generate-archive.ts';
import { buildApp } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config/config.ts';
import { createTestDatabase, testDialect } from '../helpers/build-test-app.ts';

/** Tables that grow with the archive; a scan of one on a page view is what this test forbids. */
const large = ['articles', 'comments', 'article_tags', 'article_authors', 'article_revisions', 'redirects', 'related_articles', 'related_pins', 'related_documents', 'related_terms', 'media'];
/** Aliases the repositories give them. */
const aliases = ['a', 'c', 'l', 'aa', 'at'];

interface Captured {
  sql: string;
  parameters: readonly unknown[];
}

describe('query plans of page views on a large archive', () => {
  let app: FastifyInstance;
  let drop: () => Promise<void>;
  const captured: Captured[] = [];
  let capturing = false;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    const config = loadConfig({ env: { ...database.env, BYLINE_LOG_LEVEL: 'silent', BYLINE_PAGE_CACHE_MB: '0', BYLINE_DEMO: 'false' }, cwd: database.dataDir });
    const clock = fixedClock(new Date('2026-11-28T12:00:00Z'));
    app = await buildApp(config, { clock, logger: false, ...(database.searchPath && { searchPath: database.searchPath }), onQuery: (text, parameters) => void (capturing && captured.push({ sql: text, parameters })) });
    await generateArchive(app.byline.db, { articles: 3000, comments: 30_000, tags: 60, newest: clock.now() });
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  /** The statements one request runs. */
  async function statementsOf(url: string, status = 200): Promise<Captured[]> {
    captured.length = 0;
    capturing = true;
    const response = await app.inject({ url });
    capturing = false;
    expect(response.statusCode, url).toBe(status);
    return [...captured];
  }

  async function problemsOf(statement: Captured): Promise<string[]> {
    const text = statement.sql.trim();
    if (!/^(select|with)\b/i.test(text)) return [];
    const ranksSearch = /article_search/.test(text) && /order by score/i.test(text);
    const touchesLargeTable = large.some((table) => new RegExp(`"${table}"`).test(text));
    const oneArticle = /"article_id" = (\?|\$\d+)/.test(text);
    const sortIsBounded = ranksSearch || !touchesLargeTable || oneArticle;
    if (testDialect === 'sqlite') {
      const { rows } = await app.byline.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${text}`, [...statement.parameters]));
      const names = [...large, ...aliases].join('|');
      const byIds = /"a"\."id" in \(/.test(text);
      const details = rows.map((row) => row.detail);
      const prefixMatch = statement.parameters.some((parameter) => typeof parameter === 'string' && parameter.includes('"*'));
      return details.filter(
        (detail, i) =>
          new RegExp(`^SCAN (${names})\\b(?! USING (COVERING )?INDEX)`).test(detail) ||
          new RegExp(`^SCAN (${names}) USING`).test(detail) ||
          (/TEMP B-TREE/.test(detail) && !sortIsBounded) ||
          // The search index probed once per article walked before it (a join's inner loop).
          (/^SCAN article_search VIRTUAL TABLE INDEX \d+:=/.test(detail) && details.slice(0, i).some((before) => /^(SEARCH|SCAN) a\b/.test(before))) ||
          // A prefix looked up rowid by rowid: FTS5 expands it again for each (3.7 s at 100,000 articles).
          (prefixMatch && /^SCAN article_search VIRTUAL TABLE INDEX \d+:=/.test(detail)) ||
          // Articles named by id read by key, not found by walking every published one.
          (byIds && /^SEARCH a USING (COVERING )?INDEX articles_status_published_idx/.test(detail)),
      );
    }
    return app.byline.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      await sql`set local enable_sort = off`.execute(trx);
      const { rows } = await trx.executeQuery<{ 'QUERY PLAN': unknown }>(CompiledQuery.raw(`explain (format json) ${text}`, [...statement.parameters]));
      const plan = (rows[0]!['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan;
      const problems: string[] = [];
      walk(plan, (node) => {
        if (node['Node Type'] === 'Seq Scan' && large.includes(node['Relation Name'] ?? '')) problems.push(`Seq Scan on ${node['Relation Name']}`);
        if (node['Node Type'] === 'Sort' && !sortIsBounded && touchesLarge(node)) problems.push(`Sort of ${JSON.stringify(node['Sort Key'])}`);
      });
      return problems;
    });
  }

  const pages = () => {
    const common = vocabulary[1]!;
    const rare = vocabulary[15_000]!;
    return [
      '/',
      '/desk-1',
      '/tag/topic-1',
      '/tag/topic-50',
      '/author/reporter-1',
      '/author/reporter-40',
      `/search?q=${common}`,
      `/search?q=${rare}`,
      `/search?q=${common}+${vocabulary[3]}&section=desk-2`,
      `/search?q=${common}&page=3`,
      `/search?q=${common}&from=2026-06-01&to=2026-06-30`,
      // An author filter: a writer's own stories checked against the index (few), or the usual walk (many).
      `/search?q=${common}&author=reporter-40`,
      `/search?q=${common}&author=reporter-1`,
      ...authorSearches(),
      `/search?q=${prefix}&author=reporter-40`,
    ];
  };

  const prefix = `${vocabulary[45]!.slice(0, 4)}*`;
  /** Author-filtered searches of words and phrases: their cost must follow the writer's stories. */
  const authorSearches = () => [`/search?q=${vocabulary[0]}&author=reporter-40`, `/search?q=${vocabulary[30]}+${vocabulary[1]}&author=reporter-40`, `/search?q=%22${vocabulary[0]}+${vocabulary[1]}%22&author=reporter-40`];

  // A site that never ran ANALYZE has no statistics: SQLite's planner guesses, and a guess that
  // `status = 'published'` is rare once had search walk every published article and probe the
  // search index for each (2 s a query at 100,000 articles).
  it('reads every list and search page from indexes without the planner\'s statistics', async () => {
    await checkPages();
  });

  it('reads every list and search page from indexes, never scanning or sorting a large table', async () => {
    await sql`analyze`.execute(app.byline.db);
    await checkPages();
  });

  async function checkPages(): Promise<void> {
    const older = (await app.inject({ url: '/desk-1' })).body.match(/href="(\/desk-1\?before=[^"]+)"/)?.[1];
    expect(older).toBeDefined();
    for (const url of [...pages(), older!.replaceAll('&amp;', '&')]) {
      for (const statement of await statementsOf(url)) expect(await problemsOf(statement), `${url}: ${statement.sql}`).toEqual([]);
    }
  }

  // Scoring once held the search index to the rowid range between a writer's oldest and newest
  // candidate, which spans the archive: every match of the words in it was read (87-94 ms for a
  // common word by a writer with 808 stories at 100,000 articles). No statement of these may.
  it('reads no rowid range wider than half the archive for an author-filtered search', async () => {
    const { rows } = await sql<{ n: number }>`select count(*) as n from articles`.execute(app.byline.db);
    const archive = Number(rows[0]!.n);
    for (const url of authorSearches()) {
      const statements = await statementsOf(url);
      expect(statements.length, url).toBeLessThanOrEqual(12);
      for (const statement of statements) {
        const places = [...statement.sql.matchAll(/\?|\$\d+/g)];
        for (const range of statement.sql.matchAll(/rowid between cast\((\?|\$\d+) as integer\) and cast\((\?|\$\d+) as integer\)/g)) {
          const at = (offset: number) => Number(statement.parameters[places.findIndex((place) => place.index === offset)]);
          const first = at(range.index + range[0].indexOf('('.concat(range[1]!)) + 1);
          const last = at(range.index + range[0].lastIndexOf('('.concat(range[2]!)) + 1);
          expect(last - first, `${url}: ${statement.sql}`).toBeLessThan(archive / 2);
        }
      }
    }
  });

  it('reads the most commented article page, its later comment pages and a comment permalink from indexes, in a handful of statements', async () => {
    const busiest = await app.byline.db.selectFrom('comments').select(['article_id', (eb) => eb.fn.countAll().as('n')]).groupBy('article_id').orderBy('n', 'desc').limit(1).executeTakeFirstOrThrow();
    const article = await app.byline.services.articles.getArticle(busiest.article_id);
    expect(Number(busiest.n)).toBeGreaterThan(100);
    const first = await app.inject({ url: article.path! });
    const later = first.body.match(/href="([^"]+\?after=\d+)#comments" rel="next"/)?.[1];
    expect(later, 'a link to the second comment page').toBeDefined();
    const second = await app.inject({ url: later! });
    const third = second.body.match(/href="([^"]+\?after=\d+)#comments" rel="next"/)?.[1];
    const deep = Number(/id="comment-(\d+)"/.exec(second.body)?.[1]);
    for (const [url, status] of [[article.path!, 200], [later!, 200], [third!, 200], [`${article.path}?thread=${deep}`, 200], [`/comments/${deep}`, 302]] as const) {
      const statements = await statementsOf(url, status);
      for (const statement of statements) expect(await problemsOf(statement), `${url}: ${statement.sql}`).toEqual([]);
      expect(statements.length, url).toBeLessThanOrEqual(14);
    }
  });
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Sort Key'?: string[];
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

function touchesLarge(node: PlanNode): boolean {
  let found = false;
  walk(node, (child) => {
    if (large.includes(child['Relation Name'] ?? '')) found = true;
  });
  return found;
}
