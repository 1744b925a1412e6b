// Search on SQLite: the FTS5 table `article_search` (rowid = article id), ranked by bm25() with
// column weights headline 10, standfirst 4, body 1 (lower bm25 is better). The MATCH expression
// is built here from parsed terms, every word inside double quotes, so no reader input is ever
// read as FTS5 syntax (NEAR, column filters, AND/OR/NOT, parentheses).
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { matchEnd, matchStart, type SearchTerm } from './parse-query.ts';
import { visibleAndFiltered } from './search-filter.ts';
import { candidateLimit, type SearchIndex, type SearchRequest } from './search-index.ts';

const snippetTokens = 24;

/** Terms → an FTS5 query: `("w1 w2" "pre"*) NOT "x"`. Words hold only letters, digits and marks. */
export function fts5Match(terms: SearchTerm[]): string {
  const phrase = (term: SearchTerm) => `"${term.words.join(' ').replaceAll('"', '""')}"${term.prefix ? '*' : ''}`;
  const included = terms.filter((term) => !term.exclude).map(phrase);
  const excluded = terms.filter((term) => term.exclude).map(phrase);
  return [`(${included.join(' ')})`, ...excluded].join(' NOT ');
}

export const sqliteSearchIndex: SearchIndex = {
  async upsertDocuments(db, documents) {
    if (documents.length === 0) return;
    const rows = documents.map((d) => sql`(${d.articleId}, ${d.headline}, ${d.standfirst}, ${d.body})`);
    await sql`insert or replace into article_search (rowid, headline, standfirst, body) values ${sql.join(rows)}`.execute(db);
  },

  async removeDocument(db, articleId) {
    await sql`delete from article_search where rowid = ${articleId}`.execute(db);
  },

  async removeStale(db) {
    const result = await sql`delete from article_search where rowid not in (select id from articles where status = 'published')`.execute(db);
    return Number(result.numAffectedRows ?? 0);
  },

  async listUnindexedIds(db, afterId, limit) {
    const { rows } = await sql<{ id: number }>`select a.id from articles a where a.status = 'published' and a.id > ${afterId} and not exists (select 1 from article_search where article_search.rowid = a.id) order by a.id limit ${limit}`.execute(db);
    return rows.map((row) => row.id);
  },

  async listMatches(db, request, limit, offset) {
    // FTS5 walks a term's matches in rowid order: find the oldest of the newest candidates, then
    // rank only the matches from there on (bm25 needs the MATCH, so the window is a rowid range).
    const { oldest } = await candidateWindow(db, request);
    const { rows } = await sql<{ id: number; score: number }>`
      select a.id, bm25(article_search, 10.0, 4.0, 1.0) as score
      from article_search join articles a on a.id = article_search.rowid
      where article_search match ${fts5Match(request.terms)} and article_search.rowid >= ${oldest} and ${visibleAndFiltered(request)}
      order by score, a.published_at desc, a.id desc
      limit ${limit} offset ${offset}`.execute(db);
    // bm25 is negative, better when lower; the interface says higher is better.
    return rows.map((row) => ({ articleId: row.id, score: -row.score }));
  },

  async countMatches(db, request, cap) {
    // The candidate window's walk already knows whether there are more than it holds.
    const window = await candidateWindow(db, request);
    if (window.more) return Math.min(cap, candidateLimit + 1);
    if (window.oldest > 0) return Math.min(cap, candidateLimit);
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from (
        select 1 from article_search join articles a on a.id = article_search.rowid
        where article_search match ${fts5Match(request.terms)} and ${visibleAndFiltered(request)}
        limit ${cap})`.execute(db);
    return Number(rows[0]?.n ?? 0);
  },

  async listMarkedTexts(db, request, articleIds) {
    if (articleIds.length === 0) return [];
    // One SELECT per article, each a MATCH with `rowid =`, which FTS5 seeks to; `rowid IN (…)`
    // would walk the whole of a common word's matches to find a page of them.
    const match = fts5Match(request.terms);
    const selects = articleIds.map(
      (id) => sql`select rowid as id,
        highlight(article_search, 0, ${matchStart}, ${matchEnd}) as headline,
        snippet(article_search, 1, ${matchStart}, ${matchEnd}, '…', ${snippetTokens}) as standfirst,
        snippet(article_search, 2, ${matchStart}, ${matchEnd}, '…', ${snippetTokens}) as body
      from article_search where article_search match ${match} and rowid = cast(${id} as integer)`, // a bound REAL (JS number) would not seek
    );
    const { rows } = await sql<{ id: number; headline: string; standfirst: string; body: string }>`${sql.join(selects, sql` union all `)}`.execute(db);
    return rows.map((row) => ({ articleId: row.id, headline: row.headline ?? '', standfirst: row.standfirst ?? '', body: row.body ?? '' }));
  },
};

const windows = new WeakMap<SearchRequest, Promise<{ oldest: number; more: boolean }>>();

/**
 * The oldest of the `candidateLimit` newest visible matches (0: there are fewer), and whether any
 * match is older still: one walk of at most candidateLimit + 1 matches, shared by the ranking and
 * the count of one search.
 */
function candidateWindow(db: Db, request: SearchRequest): Promise<{ oldest: number; more: boolean }> {
  let window = windows.get(request);
  if (!window) {
    window = sql<{ id: number }>`
      select article_search.rowid as id
      from article_search join articles a on a.id = article_search.rowid
      where article_search match ${fts5Match(request.terms)} and ${visibleAndFiltered(request)}
      order by article_search.rowid desc
      limit 2 offset ${candidateLimit - 1}`
      .execute(db)
      .then(({ rows }) => ({ oldest: rows[0]?.id ?? 0, more: rows.length === 2 }));
    windows.set(request, window);
  }
  return window;
}
