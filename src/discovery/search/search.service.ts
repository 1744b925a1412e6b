// Site search: keeping the index in step with what is published (refreshArticle, called by event
// listeners; rebuildIndex, by `byline reindex`) and answering readers' queries with ranked,
// highlighted results. Published articles are indexed whatever their publication time: search
// filters on it, so an article dated in the future appears when its time comes, with no event.
import type { Clock } from '../../clock.ts';
import { toStoredTime } from '../../clock.ts';
import { type ArticleService, type ArticleSummary, subtreeIds, type TaxonomyService } from '../../content/content.ts';
import type { Db } from '../../db/database.ts';
import { type Page, type PageRequest, offsetOf, toPage } from '../../pagination.ts';
import type { PeopleService } from '../../people/people.ts';
import type { SettingsService } from '../../settings/site-settings.ts';
import { markdownToPlainText } from './body-text.ts';
import { endOfDay, startOfDay } from './day-range.ts';
import { cleanText, parseQuery, type QueryProblem } from './parse-query.ts';
import { candidateLimit, type SearchDocument, type SearchFilter, searchIndexFor } from './search-index.ts';
import * as repo from './search.repository.ts';
import { hasMatch, type SnippetPart, snippetParts } from './snippet-parts.ts';

export interface SearchServiceDeps {
  db: Db;
  clock: Clock;
  settings: Pick<SettingsService, 'getSiteSettings'>;
  articles: Pick<ArticleService, 'listPublishedByIds'>;
  taxonomy: Pick<TaxonomyService, 'findSectionBySlug' | 'listSections'>;
  people: Pick<PeopleService, 'findPersonBySlug'>;
}

/** Filters as a reader gives them: section and author slugs, days (YYYY-MM-DD) in the site time zone. */
export interface SearchFilters {
  section?: string;
  author?: string;
  from?: string;
  to?: string;
}

export interface SearchResult {
  article: ArticleSummary;
  /** The headline with matched words marked. */
  headline: SnippetPart[];
  /** A passage of the body (or standfirst) around the matches. */
  snippet: SnippetPart[];
}

/** Results as a page; `total` counts up to `candidateLimit`, and `more` says there are more than that. */
export type SearchResults = Page<SearchResult> & { more: boolean };

/** `filters` holds the filters as applied: a malformed date is left out. */
export type SearchOutcome = { ok: false; problem: QueryProblem; filters: SearchFilters } | { ok: true; results: SearchResults; filters: SearchFilters };

export type SearchService = ReturnType<typeof createSearchService>;

export const reindexBatchSize = 500;

export function createSearchService({ db, clock, settings, articles, taxonomy, people }: SearchServiceDeps) {
  const index = searchIndexFor(db);
  const language = async () => (await settings.getSiteSettings()).language;

  function toDocument(row: repo.SearchSourceRow): SearchDocument {
    return { articleId: row.id, headline: cleanText(row.headline), standfirst: cleanText(row.standfirst), body: markdownToPlainText(row.body_markdown) };
  }

  /** Reader filters → ids and instants; undefined when a named section or author does not exist. */
  async function resolveFilters(filters: SearchFilters): Promise<{ filter: SearchFilter; applied: SearchFilters } | undefined> {
    const filter: SearchFilter = {};
    const applied: SearchFilters = {};
    if (filters.section) {
      const section = await taxonomy.findSectionBySlug(filters.section);
      if (!section) return undefined;
      filter.sectionIds = subtreeIds(await taxonomy.listSections(), section.id);
      applied.section = section.slug;
    }
    if (filters.author) {
      const person = await people.findPersonBySlug(filters.author);
      if (!person) return undefined;
      filter.personId = person.id;
      applied.author = person.slug;
    }
    const { timeZone } = await settings.getSiteSettings();
    const from = filters.from ? startOfDay(filters.from, timeZone) : undefined;
    const to = filters.to ? endOfDay(filters.to, timeZone) : undefined;
    if (from) [filter.from, applied.from] = [from, filters.from!.trim()];
    if (to) [filter.to, applied.to] = [to, filters.to!.trim()];
    return { filter, applied };
  }

  return {
    /** Brings one article's entry up to date: indexed if published, removed otherwise (or if it was deleted). */
    async refreshArticle(articleId: number): Promise<void> {
      const row = await repo.findSearchSource(db, articleId);
      if (row?.status === 'published') await index.upsertDocuments(db, [toDocument(row)], await language());
      else await index.removeDocument(db, articleId);
    },

    /**
     * Brings the index up to date in batches of `reindexBatchSize`, one transaction each, and
     * removes entries of articles no longer published. Incremental when it can be: only articles
     * saved since the last reindex, and any the index is missing; everything on the first run,
     * after a change of site language (PostgreSQL's stemming depends on it), or with `full`.
     * Search keeps answering throughout: nothing is emptied first. Ends by compacting the index.
     */
    async rebuildIndex(onProgress?: (done: number, total: number) => void, options: { full?: boolean } = {}): Promise<{ indexed: number; removed: number; incremental: boolean }> {
      const siteLanguage = await language();
      const state = await repo.readIndexState(db);
      const incremental = !options.full && state.language === siteLanguage && state.indexedThrough !== undefined;
      const since = incremental ? state.indexedThrough : undefined;
      let newest = state.indexedThrough ?? '';
      let total = incremental ? 0 : await repo.countPublishedSources(db);
      let indexed = 0;
      const write = async (rows: repo.SearchSourceRow[]) => {
        // Markdown is turned into text before the transaction: it holds SQLite's only connection.
        const documents = await Promise.all(rows.map(toDocument));
        await db.transaction().execute((trx) => index.upsertDocuments(trx, documents, siteLanguage));
        for (const row of rows) if (row.modified_at > newest) newest = row.modified_at;
        indexed += rows.length;
        total = Math.max(total, indexed);
        onProgress?.(indexed, total);
      };
      onProgress?.(0, total);
      for (let afterId = 0; ; ) {
        const rows = await repo.listPublishedSources(db, afterId, reindexBatchSize, since);
        if (rows.length === 0) break;
        await write(rows);
        afterId = rows[rows.length - 1]!.id;
      }
      if (incremental) {
        for (let afterId = 0; ; ) {
          const ids = await index.listUnindexedIds(db, afterId, reindexBatchSize);
          if (ids.length === 0) break;
          await write(await repo.listSourcesByIds(db, ids));
          afterId = ids[ids.length - 1]!;
        }
      }
      const removed = await index.removeStale(db);
      await index.optimize(db);
      await repo.writeIndexState(db, { language: siteLanguage, indexedThrough: newest });
      return { indexed, removed, incremental };
    },

    async search(query: string, filters: SearchFilters, page: PageRequest): Promise<SearchOutcome> {
      const parsed = parseQuery(query);
      const resolved = await resolveFilters(filters);
      const applied = resolved?.applied ?? filters;
      if (!parsed.ok) return { ok: false, problem: parsed.problem, filters: applied };
      if (!resolved) return { ok: true, results: { ...toPage([], page, 0), more: false }, filters: applied };

      const request = { terms: parsed.terms, filter: resolved.filter, now: toStoredTime(clock.now()), language: await language() };
      const offset = offsetOf(page);
      const [hits, counted] = await Promise.all([offset < candidateLimit ? index.listMatches(db, request, Math.min(page.pageSize, candidateLimit - offset), offset) : [], index.countMatches(db, request, candidateLimit + 1)]);
      const total = Math.min(counted, candidateLimit);
      const ids = hits.map((hit) => hit.articleId);
      const [marked, summaries] = await Promise.all([index.listMarkedTexts(db, request, ids), articles.listPublishedByIds(ids)]);
      const markedById = new Map(marked.map((texts) => [texts.articleId, texts]));
      const results = summaries.map((article): SearchResult => {
        const texts = markedById.get(article.id);
        const body = snippetParts(texts?.body ?? '');
        const standfirst = snippetParts(texts?.standfirst ?? '');
        const headline = snippetParts(texts?.headline ?? '');
        return {
          article,
          headline: headline.length > 0 ? headline : [{ text: article.headline, match: false }],
          snippet: hasMatch(body) || (!hasMatch(standfirst) && body.length > 0) ? body : standfirst,
        };
      });
      return { ok: true, results: { ...toPage(results, page, total), more: counted > candidateLimit }, filters: applied };
    },
  };
}
