// Search on PostgreSQL: `article_search.document` is a tsvector in the site language's text
// search configuration, headline weighted A, standfirst B, body C; ranked by ts_rank_cd. Queries
// go through websearch_to_tsquery (words, phrases) and to_tsquery only for prefixes, built from
// words of letters and digits. The body's plain text is kept beside the vector for ts_headline.
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { matchEnd, matchStart, type SearchTerm } from './parse-query.ts';
import { visibleAndFiltered } from './search-filter.ts';
import { candidateLimit, type SearchIndex, type SearchRequest } from './search-index.ts';

/** BCP 47 primary language → PostgreSQL's built-in text search configuration; others use 'simple'. */
const configs: Record<string, string> = {
  ar: 'arabic', ca: 'catalan', da: 'danish', de: 'german', el: 'greek', en: 'english', es: 'spanish', eu: 'basque',
  fi: 'finnish', fr: 'french', ga: 'irish', hi: 'hindi', hu: 'hungarian', hy: 'armenian', id: 'indonesian', it: 'italian',
  lt: 'lithuanian', nb: 'norwegian', ne: 'nepali', nl: 'dutch', nn: 'norwegian', no: 'norwegian', pt: 'portuguese',
  ro: 'romanian', ru: 'russian', sr: 'serbian', sv: 'swedish', ta: 'tamil', tr: 'turkish', yi: 'yiddish',
};

/** ts_rank_cd weights in the order D, C, B, A: body 1, standfirst 4, headline 10. */
const weights = '{0.1, 0.1, 0.4, 1.0}';
const headlineOptions = `HighlightAll=true, StartSel=${matchStart}, StopSel=${matchEnd}`;
/** Headline and standfirst are read from articles, where an editor could have typed a marker. */
const markers = matchStart + matchEnd;
const snippetOptions = `StartSel=${matchStart}, StopSel=${matchEnd}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

// Older servers lack some configurations (greek, yiddish, …): ask once per database.
const available = new WeakMap<Db, Map<string, Promise<string>>>();

export function textSearchConfigName(language: string): string {
  return configs[language.split('-')[0]!.toLowerCase()] ?? 'simple';
}

function textSearchConfig(db: Db, language: string): Promise<string> {
  const name = textSearchConfigName(language);
  const known = available.get(db) ?? new Map<string, Promise<string>>();
  available.set(db, known);
  let found = known.get(name);
  if (!found) {
    found = sql<{ cfgname: string }>`select cfgname from pg_ts_config where cfgname = ${name}`.execute(db).then(({ rows }) => (rows.length > 0 ? name : 'simple'));
    found.catch(() => known.delete(name));
    known.set(name, found);
  }
  return found;
}

/** Terms → the text of the four parts of a tsquery: words and phrases for websearch_to_tsquery, prefixes for to_tsquery. */
export function tsqueryTexts(terms: SearchTerm[]) {
  const quoted = (term: SearchTerm) => `"${term.words.join(' ')}"`;
  const prefixed = (term: SearchTerm) => `(${term.words.map((word, i) => (i === term.words.length - 1 ? `${word}:*` : word)).join(' <-> ')})`;
  const part = (exclude: boolean, prefix: boolean) => terms.filter((term) => term.exclude === exclude && term.prefix === prefix);
  return {
    includedWords: part(false, false).map(quoted).join(' '),
    includedPrefixes: part(false, true).map(prefixed).join(' & '),
    excludedWords: part(true, false).map(quoted).join(' or '),
    excludedPrefixes: part(true, true).map(prefixed).join(' | '),
  };
}

/** The tsquery to match with, and the part that must hold a lexeme (stop words alone match nothing). */
function tsqueries(terms: SearchTerm[], config: string): { query: RawBuilder<unknown>; included: RawBuilder<unknown> } {
  const texts = tsqueryTexts(terms);
  const cfg = sql`${config}::regconfig`;
  const combine = (words: string, prefixes: string, operator: '&&' | '||') => {
    const parts = [...(words ? [sql`websearch_to_tsquery(${cfg}, ${words})`] : []), ...(prefixes ? [sql`to_tsquery(${cfg}, ${prefixes})`] : [])];
    return parts.length === 0 ? undefined : sql`(${sql.join(parts, sql.raw(` ${operator} `))})`;
  };
  const included = combine(texts.includedWords, texts.includedPrefixes, '&&') ?? sql`''::tsquery`;
  const excluded = combine(texts.excludedWords, texts.excludedPrefixes, '||');
  return { included, query: excluded ? sql`(${included} && !! ${excluded})` : included };
}

async function matching(db: Db, request: SearchRequest) {
  const { query, included } = tsqueries(request.terms, await textSearchConfig(db, request.language));
  return { query, where: sql`numnode(${included}) > 0 and s.document @@ ${query} and ${visibleAndFiltered(request)}` };
}

export const postgresSearchIndex: SearchIndex = {
  async upsertDocuments(db, documents, language) {
    if (documents.length === 0) return;
    const cfg = sql`${await textSearchConfig(db, language)}::regconfig`;
    const rows = documents.map(
      (d) => sql`(${d.articleId}, setweight(to_tsvector(${cfg}, ${d.headline}), 'A') || setweight(to_tsvector(${cfg}, ${d.standfirst}), 'B') || setweight(to_tsvector(${cfg}, ${d.body}), 'C'), ${d.body})`,
    );
    await sql`insert into article_search (article_id, document, body) values ${sql.join(rows)}
      on conflict (article_id) do update set document = excluded.document, body = excluded.body`.execute(db);
  },

  async removeDocument(db, articleId) {
    await sql`delete from article_search where article_id = ${articleId}`.execute(db);
  },

  async removeStale(db) {
    const result = await sql`delete from article_search s where not exists (select 1 from articles a where a.id = s.article_id and a.status = 'published')`.execute(db);
    return Number(result.numAffectedRows ?? 0);
  },

  async optimize() {},

  async listUnindexedIds(db, afterId, limit) {
    const { rows } = await sql<{ id: number }>`select a.id from articles a where a.status = 'published' and a.id > ${afterId} and not exists (select 1 from article_search s where s.article_id = a.id) order by a.id limit ${limit}`.execute(db);
    return rows.map((row) => row.id);
  },

  async listMatches(db, request, limit, offset) {
    const { query, where } = await matching(db, request);
    // Rank only the newest candidates: the planner walks the publication-order index and tests
    // each document for a common word, or reads a rare word's few matches from the GIN index.
    const { rows } = await sql<{ id: number; score: number }>`
      with candidates as (
        select a.id, a.published_at, s.document
        from article_search s join articles a on a.id = s.article_id
        where ${where}
        order by a.published_at desc, a.id desc
        limit ${candidateLimit})
      select id, ts_rank_cd(${weights}::float4[], document, ${query}, 1) as score
      from candidates
      order by score desc, published_at desc, id desc
      limit ${limit} offset ${offset}`.execute(db);
    return rows.map((row) => ({ articleId: row.id, score: Number(row.score) }));
  },

  async countMatches(db, request, cap) {
    const { where } = await matching(db, request);
    const { rows } = await sql<{ n: string }>`select count(*) as n from (select 1 from article_search s join articles a on a.id = s.article_id where ${where} limit ${cap}) as capped`.execute(db);
    return Number(rows[0]?.n ?? 0);
  },

  async listMarkedTexts(db, request, articleIds) {
    if (articleIds.length === 0) return [];
    const config = await textSearchConfig(db, request.language);
    const { query } = tsqueries(request.terms, config);
    const cfg = sql`${config}::regconfig`;
    const { rows } = await sql<{ id: number; headline: string; standfirst: string; body: string }>`
      select s.article_id as id,
        ts_headline(${cfg}, translate(a.headline, ${markers}, '  '), ${query}, ${headlineOptions}) as headline,
        ts_headline(${cfg}, translate(a.standfirst, ${markers}, '  '), ${query}, ${snippetOptions}) as standfirst,
        ts_headline(${cfg}, s.body, ${query}, ${snippetOptions}) as body
      from article_search s join articles a on a.id = s.article_id
      where s.article_id in (${sql.join(articleIds)})`.execute(db);
    return rows.map((row) => ({ articleId: row.id, headline: row.headline, standfirst: row.standfirst, body: row.body }));
  },
};
