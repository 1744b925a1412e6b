// Search on SQLite: the FTS5 table `article_search` (rowid = article id). The newest matches are
// the candidates; each is scored by where the reader's words appear (headline 10, standfirst 4,
// body 0 for each word or phrase), alike scores newest first. The MATCH expression is built here
// from parsed terms, every word inside double quotes, so no reader input is ever read as FTS5
// syntax (NEAR, column filters, AND/OR/NOT, parentheses); column filters are added here only.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { matchEnd, matchStart, type SearchTerm } from './parse-query.ts';
import { visibleAndFiltered } from './search-filter.ts';
import { candidateLimit, type SearchIndex, type SearchRequest } from './search-index.ts';

const snippetTokens = 24;

/** One term as an FTS5 phrase: `"w1 w2"`, `"pre"*`. Words hold only letters, digits and marks. */
const phrase = (term: SearchTerm) => `"${term.words.join(' ').replaceAll('"', '""')}"${term.prefix ? '*' : ''}`;

/** Terms → an FTS5 query: `("w1 w2" "pre"*) NOT "x"`. */
export function fts5Match(terms: SearchTerm[]): string {
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

  async optimize(db) {
    await sql`insert into article_search (article_search) values ('optimize')`.execute(db);
  },

  async listUnindexedIds(db, afterId, limit) {
    const { rows } = await sql<{ id: number }>`select a.id from articles a where a.status = 'published' and a.id > ${afterId} and not exists (select 1 from article_search where article_search.rowid = a.id) order by a.id limit ${limit}`.execute(db);
    return rows.map((row) => row.id);
  },

  async listMatches(db, request, limit, offset) {
    const window = await candidateWindow(db, request);
    if (window.candidates.length === 0) return [];
    const weights = window.weights ?? (await fieldWeights(db, request.terms, window.candidates));
    const ranked = window.candidates.map((candidate) => ({ ...candidate, score: weights.get(candidate.id) ?? 0 }));
    // Best first; alike, the newest (published_at, then id), as the PostgreSQL index orders them.
    ranked.sort((x, y) => y.score - x.score || (x.publishedAt < y.publishedAt ? 1 : x.publishedAt > y.publishedAt ? -1 : y.id - x.id));
    return ranked.slice(offset, offset + limit).map((candidate) => ({ articleId: candidate.id, score: candidate.score }));
  },

  async countMatches(db, request, cap) {
    // The candidate window's walk already counted them, up to one more than it holds.
    const window = await candidateWindow(db, request);
    return Math.min(cap, window.candidates.length + (window.more ? 1 : 0));
  },

  async listMarkedTexts(db, request, articleIds) {
    if (articleIds.length === 0) return [];
    // Each of the page's rows looked up by rowid (FTS5 seeks each): a page of a writer's stories
    // can span the archive, and a rowid range would read every match in it. Not for a prefix,
    // which FTS5 would expand again per id (100 ms for 20 results): then one MATCH over the
    // page's rowid range (FTS5 seeks to it: integers, see fieldWeights), the page's own rows
    // picked from it unindexed (`+rowid`); a prefix's whole list is read by the walk anyway.
    const ids = sql.join(articleIds.map((id) => sql`cast(${id} as integer)`));
    const rowsOfPage = request.terms.some((term) => term.prefix)
      ? sql`rowid between cast(${Math.min(...articleIds)} as integer) and cast(${Math.max(...articleIds)} as integer) and +rowid in (${ids})`
      : sql`rowid in (${ids})`;
    const { rows } = await sql<{ id: number; headline: string; standfirst: string; body: string }>`
      select rowid as id,
        highlight(article_search, 0, ${matchStart}, ${matchEnd}) as headline,
        snippet(article_search, 1, ${matchStart}, ${matchEnd}, '…', ${snippetTokens}) as standfirst,
        snippet(article_search, 2, ${matchStart}, ${matchEnd}, '…', ${snippetTokens}) as body
      from article_search
      where article_search match ${fts5Match(request.terms)} and ${rowsOfPage}`.execute(db);
    return rows.map((row) => ({ articleId: row.id, headline: row.headline ?? '', standfirst: row.standfirst ?? '', body: row.body ?? '' }));
  },
};

interface Candidate {
  id: number;
  publishedAt: string;
}

/** The candidates, newest first, whether there are more, and (when the walk found them) their scores. */
interface Window {
  candidates: Candidate[];
  more: boolean;
  weights?: Map<number, number>;
}

const windows = new WeakMap<SearchRequest, Promise<Window>>();

/**
 * The newest `candidateLimit` visible matches, newest first, and whether any match is older
 * still: one walk of at most candidateLimit + 1 matches in rowid order, which FTS5 reads from the
 * end of each term's list, shared by the ranking and the count of one search. Articles come
 * second (CROSS JOIN): without statistics SQLite's planner would walk every published article
 * and probe the index for each. Each match is checked in the narrow articles_visibility_idx
 * (the planner would read the table's wide rows by primary key instead).
 */
function candidateWindow(db: Db, request: SearchRequest): Promise<Window> {
  let window = windows.get(request);
  if (!window) {
    window = datedRowids(db, request).then(async (range) => {
      if (range === 'none') return { candidates: [], more: false };
      const byline = await bylineCandidates(db, request, range);
      if (byline) return byline;
      const { rows } = await sql<Candidate>`
        select article_search.rowid as id, a.published_at as publishedAt
        from article_search cross join articles a indexed by articles_visibility_idx on a.id = article_search.rowid
        where article_search match ${fts5Match(request.terms)} and ${visibleAndFiltered(request)}
          ${range ? sql`and article_search.rowid between cast(${range.first} as integer) and cast(${range.last} as integer)` : sql``}
        order by article_search.rowid desc
        limit ${candidateLimit + 1}`.execute(db);
      return { candidates: rows.slice(0, candidateLimit), more: rows.length > candidateLimit };
    });
    windows.set(request, window);
  }
  return window;
}

/** An author filter walks the writer's own stories when they have at most this many published. */
export const bylineWalkLimit = 3000;

/**
 * With an author filter, for a writer with few stories: each of their published stories checked
 * against the search index by rowid (FTS5 seeks each), instead of stepping through the newer
 * matches of the words until 1,000 of theirs turn up: the walk is bounded by the writer's
 * stories, not the archive (reporter-50's 808 stories, a word in 96 % of articles: 39 -> 13 ms
 * at 100k). A prolific writer's stories are common among the matches, so the usual walk finds
 * theirs quickly. The same rows are scored here (bylineWeights), not by fieldWeights, whose
 * rowid range would span the archive. Not for a prefix: FTS5 expands it again for every rowid
 * looked up (3.7 s for `morr*` by reporter-50), where the usual walk expands it once.
 * Undefined: not this case.
 */
async function bylineCandidates(db: Db, request: SearchRequest, range: { first: number; last: number } | undefined): Promise<Window | undefined> {
  const { personId } = request.filter;
  if (personId === undefined || request.terms.some((term) => term.prefix)) return undefined;
  const now = sql`${request.now}`;
  const { rows: counted } = await sql<{ n: number }>`
    select count(*) as n from (select 1 from article_authors aa where aa.person_id = ${personId} and aa.published_at <= ${now} limit ${bylineWalkLimit + 1})`.execute(db);
  if (Number(counted[0]?.n ?? 0) > bylineWalkLimit) return undefined;
  const { rows } = await sql<Candidate & Marked>`
    select article_search.rowid as id, a.published_at as publishedAt, ${markedFields}
    from article_search cross join articles a indexed by articles_visibility_idx on a.id = article_search.rowid
    where article_search match ${fts5Match(request.terms)}
      and article_search.rowid in (select aa.article_id from article_authors aa where aa.person_id = ${personId} and aa.published_at <= ${now})
      and ${visibleAndFiltered(request)}
      ${range ? sql`and article_search.rowid between cast(${range.first} as integer) and cast(${range.last} as integer)` : sql``}`.execute(db);
  // At most bylineWalkLimit rows: put newest first here, as the walk would have.
  rows.sort((a, b) => b.id - a.id);
  const kept = rows.slice(0, candidateLimit);
  return {
    candidates: kept.map(({ id, publishedAt }) => ({ id, publishedAt })),
    more: rows.length > candidateLimit,
    weights: await bylineWeights(db, request.terms, kept),
  };
}

/** Whether a row's headline and standfirst hold an instance of the MATCH's phrases: highlight() marks them (it re-reads those two short fields only). */
interface Marked {
  inHeadline: number;
  inStandfirst: number;
}

const mark = '\u0001';
const markedFields = sql`highlight(article_search, 0, ${mark}, ${mark}) <> article_search.headline as inHeadline,
  highlight(article_search, 1, ${mark}, ${mark}) <> article_search.standfirst as inStandfirst`;

/**
 * fieldWeights' scores for rows the walk already read with markedFields. With one word or phrase
 * the marks are the scores; with several, each term's statement asks again, by rowid, of the
 * rows marked somewhere only (as the walk does: cost follows those rows, not the archive).
 */
async function bylineWeights(db: Db, terms: SearchTerm[], rows: (Candidate & Marked)[]): Promise<Map<number, number>> {
  const weigh = (row: Marked) => (row.inHeadline ? fieldWeight.headline : 0) + (row.inStandfirst ? fieldWeight.standfirst : 0);
  const included = terms.filter((term) => !term.exclude);
  if (included.length === 1) return new Map(rows.map((row) => [row.id, weigh(row)]));
  const weights = new Map<number, number>();
  const marked = rows.filter((row) => row.inHeadline || row.inStandfirst).map((row) => sql`cast(${row.id} as integer)`);
  if (marked.length === 0) return weights;
  for (const term of included) {
    const { rows: found } = await sql<{ id: number } & Marked>`
      select rowid as id, ${markedFields} from article_search
      where article_search match ${phrase(term)} and rowid in (${sql.join(marked)})`.execute(db);
    for (const row of found) weights.set(row.id, (weights.get(row.id) ?? 0) + weigh(row));
  }
  return weights;
}

/**
 * With a date filter, the ids of the articles published in it, first and last (read from the
 * (status, published_at) index): the walk then starts at the range's end, where FTS5 seeks,
 * instead of stepping through every newer match (20 ms for a common word before 2000, at 100k).
 * Ids do not follow publication times exactly, so the dates are still tested on each match.
 */
async function datedRowids(db: Db, { filter, now }: SearchRequest): Promise<{ first: number; last: number } | 'none' | undefined> {
  if (!filter.from && !filter.to) return undefined;
  const { rows } = await sql<{ first: number | null; last: number | null }>`
    select min(a.id) as first, max(a.id) as last from articles a
    where ${visibleAndFiltered({ filter: { ...(filter.from && { from: filter.from }), ...(filter.to && { to: filter.to }) }, now })}`.execute(db);
  const { first, last } = rows[0] ?? {};
  return first == null || last == null ? 'none' : { first, last };
}

/** Headline 10, standfirst 4 for each word or phrase of the query found there; the body counts 0 (every candidate matches somewhere). */
const fieldWeight = { headline: 10, standfirst: 4 } as const;

/**
 * Each candidate's score: where the reader's words appear. One statement, a column-filtered
 * MATCH per included term and field, each held to the candidates' rowid range (bound as integers:
 * FTS5 does not seek on a bound REAL, and a JS number binds as one). Its cost follows the
 * candidates, not the archive: bm25() would first walk every match of every term in the whole
 * index for its inverse document frequencies (tens of milliseconds for a phrase of common words
 * at 100,000 articles, growing with them).
 */
async function fieldWeights(db: Db, terms: SearchTerm[], candidates: Candidate[]): Promise<Map<number, number>> {
  const newest = candidates[0]!.id;
  const oldest = candidates[candidates.length - 1]!.id;
  const selects = terms
    .filter((term) => !term.exclude)
    .flatMap((term) =>
      Object.entries(fieldWeight).map(
        ([field, weight]) => sql`select rowid as id, ${weight} as weight from article_search
          where article_search match ${`{${field}} : ${phrase(term)}`} and rowid between cast(${oldest} as integer) and cast(${newest} as integer)`,
      ),
    );
  const { rows } = await sql<{ id: number; weight: number }>`${sql.join(selects, sql` union all `)}`.execute(db);
  const weights = new Map<number, number>();
  for (const row of rows) weights.set(row.id, (weights.get(row.id) ?? 0) + row.weight);
  return weights;
}
