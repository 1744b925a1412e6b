// What readers can reach, in the fewest columns: article paths a page at a time, recent
// articles, and the sections, tags and authors that have published work, each with the time it
// last changed. For sitemaps. Times are fixed-width ISO text, so max() is the latest on both dialects.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { publishedQuery } from './article.repository.ts';

export interface ArticlePathRow {
  slug: string;
  section_slug: string;
  published_at: string;
  updated_at: string | null;
}

export interface LastModifiedRow {
  slug: string;
  last_modified: string;
}

const lastModified = sql<string>`max(coalesce(a.updated_at, a.published_at))`;

/** Ordered by id, so a page's contents stay put as newer articles are added to the last page. */
export async function listArticlePathRows(db: Db, now: string, limit: number, offset: number): Promise<ArticlePathRow[]> {
  const rows = await publishedQuery(db, now).select(['a.slug', 's.slug as section_slug', 'a.published_at', 'a.updated_at']).orderBy('a.id').limit(limit).offset(offset).execute();
  return rows.map((row) => ({ ...row, published_at: row.published_at! }));
}

export async function listArticlesPublishedSinceRows(db: Db, now: string, since: string, limit: number): Promise<(ArticlePathRow & { headline: string })[]> {
  const rows = await publishedQuery(db, now)
    .select(['a.slug', 's.slug as section_slug', 'a.published_at', 'a.updated_at', 'a.headline'])
    .where('a.published_at', '>=', since)
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, published_at: row.published_at! }));
}

/** Sections with published work; a section with none is absent (its front still exists). */
export async function listSectionLastModified(db: Db, now: string): Promise<LastModifiedRow[]> {
  return publishedQuery(db, now).select(['s.slug', lastModified.as('last_modified')]).groupBy(['s.id', 's.slug']).execute();
}

export async function listTagLastModified(db: Db, now: string, limit: number): Promise<LastModifiedRow[]> {
  return publishedQuery(db, now)
    .innerJoin('article_tags as at', 'at.article_id', 'a.id')
    .innerJoin('tags as t', 't.id', 'at.tag_id')
    .select(['t.slug', lastModified.as('last_modified')])
    .groupBy(['t.id', 't.slug'])
    .orderBy('t.slug')
    .limit(limit)
    .execute();
}

export async function listAuthorLastModified(db: Db, now: string, limit: number): Promise<LastModifiedRow[]> {
  return publishedQuery(db, now)
    .innerJoin('article_authors as aa', 'aa.article_id', 'a.id')
    .innerJoin('people as p', 'p.id', 'aa.person_id')
    .select(['p.slug', lastModified.as('last_modified')])
    .groupBy(['p.id', 'p.slug'])
    .orderBy('p.slug')
    .limit(limit)
    .execute();
}
