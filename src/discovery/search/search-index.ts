// The one interface both search indexes implement, and the choice between them, made once from
// the Kysely adapter: SQLite FTS5 (search-index.sqlite.ts) or PostgreSQL tsvector
// (search-index.postgres.ts). Each function runs one query on the db or transaction it is given.
import { PostgresAdapter } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { SearchTerm } from './parse-query.ts';
import { postgresSearchIndex } from './search-index.postgres.ts';
import { sqliteSearchIndex } from './search-index.sqlite.ts';

/** What is indexed of a published article: plain text only (see body-text.ts). */
export interface SearchDocument {
  articleId: number;
  headline: string;
  standfirst: string;
  body: string;
}

/** Narrowing a search; `from` inclusive, `to` exclusive, both UTC instants. */
export interface SearchFilter {
  /** A section and those under it. */
  sectionIds?: number[];
  personId?: number;
  from?: Date;
  to?: Date;
}

export interface SearchRequest {
  terms: SearchTerm[];
  filter: SearchFilter;
  /** Stored time of now: only articles published by then match. */
  now: string;
  /** The site's BCP 47 language (PostgreSQL picks its text search configuration from it). */
  language: string;
}

export interface SearchHit {
  articleId: number;
  score: number;
}

/** Matches marked with U+E000 … U+E001 (parse-query.ts), as the database wrote them. */
export interface MarkedText {
  articleId: number;
  headline: string;
  standfirst: string;
  body: string;
}

/**
 * Search ranks at most this many matches, the newest (an article's id follows its creation), and
 * counts exactly up to it: a word in most of a 100,000-article archive costs no more to search
 * than one in a thousand. News readers want what is recent; the filters reach further back.
 */
export const candidateLimit = 1000;

export interface SearchIndex {
  /** Adds or replaces the entries of these articles. */
  upsertDocuments(db: Db, documents: SearchDocument[], language: string): Promise<void>;
  removeDocument(db: Db, articleId: number): Promise<void>;
  /** Removes entries whose article is gone or no longer published; returns how many. */
  removeStale(db: Db): Promise<number>;
  /**
   * Compacts the index after a rebuild. SQLite: FTS5's 'optimize' merges its segments into one,
   * so a rowid looked up seeks one b-tree, not each segment's (an author-filtered search at 100k
   * articles: half the CPU; 1.6 s for the whole archive). PostgreSQL: nothing to do.
   */
  optimize(db: Db): Promise<void>;
  /** Published articles with no entry, ids after `afterId`, in id order. */
  listUnindexedIds(db: Db, afterId: number, limit: number): Promise<number[]>;
  /** Best first among the newest `candidateLimit` matches: headline matches weigh most, then standfirst, then body. */
  listMatches(db: Db, request: SearchRequest, limit: number, offset: number): Promise<SearchHit[]>;
  /** How many articles match, counted up to `cap` (a result of `cap` means "that many or more"). */
  countMatches(db: Db, request: SearchRequest, cap: number): Promise<number>;
  /** Highlighted headline and snippets of some matching articles. */
  listMarkedTexts(db: Db, request: Omit<SearchRequest, 'filter' | 'now'>, articleIds: number[]): Promise<MarkedText[]>;
}

export function searchIndexFor(db: Db): SearchIndex {
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgresSearchIndex : sqliteSearchIndex;
}
