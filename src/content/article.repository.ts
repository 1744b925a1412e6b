// Queries on articles and their bylines and tags. One query per function, each taking the db
// or a transaction; lists fetch authors for the whole page in one query (no query per row).
import { type Credit, isCredit } from './credit.ts';
import { type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ArticlesTable } from '../db/schema.ts';
import type { ArticleFilter, FeaturedImage, TagRef } from './article.ts';

export type ArticleRow = Selectable<ArticlesTable>;
export type SummaryRow = Pick<
  ArticleRow,
  'id' | 'slug' | 'headline' | 'standfirst' | 'published_at' | 'updated_at' | 'featured_image_url' | 'featured_image_alt' | 'featured_image_caption' | 'featured_image_credit' | 'featured_image_width' | 'featured_image_height'
> & { section_id: number; section_slug: string; section_name: string; section_path: string };

export interface BylineRow {
  article_id: number;
  credit: string;
  id: number;
  slug: string;
  name: string;
  role_title: string;
}

export function toFeaturedImage(row: Pick<ArticleRow, 'featured_image_url' | 'featured_image_alt' | 'featured_image_caption' | 'featured_image_credit' | 'featured_image_width' | 'featured_image_height'>): FeaturedImage | null {
  if (!row.featured_image_url) return null;
  return {
    url: row.featured_image_url,
    alt: row.featured_image_alt ?? '',
    caption: row.featured_image_caption ?? '',
    credit: row.featured_image_credit ?? '',
    width: row.featured_image_width,
    height: row.featured_image_height,
  };
}

export async function insertArticle(db: Db, values: Omit<ArticleRow, 'id'>): Promise<number> {
  return (await db.insertInto('articles').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateArticleRow(db: Db, id: number, values: Partial<Omit<ArticleRow, 'id'>>): Promise<void> {
  await db.updateTable('articles').set(values).where('id', '=', id).execute();
}

/** Updates only if the row is still at `version`; false when someone saved in between. */
export async function updateArticleIfVersion(db: Db, id: number, version: number, values: Partial<Omit<ArticleRow, 'id'>>): Promise<boolean> {
  const result = await db.updateTable('articles').set(values).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findArticleRowById(db: Db, id: number): Promise<ArticleRow | undefined> {
  return db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findArticleRowBySlug(db: Db, slug: string): Promise<ArticleRow | undefined> {
  return db.selectFrom('articles').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function slugTaken(db: Db, slug: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('articles').select('id').where('slug', '=', slug);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function countArticles(db: Db): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n); // PostgreSQL returns count() as a string
}

export async function replaceAuthors(db: Db, articleId: number, personIds: number[], credits: Credit[] = []): Promise<void> {
  await db.deleteFrom('article_authors').where('article_id', '=', articleId).execute();
  if (personIds.length === 0) return;
  await db.insertInto('article_authors').values(personIds.map((personId, position) => ({ article_id: articleId, person_id: personId, position, credit: credits[position] ?? 'author' }))).execute();
}

export async function replaceTags(db: Db, articleId: number, tagIds: number[]): Promise<void> {
  await db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  if (tagIds.length === 0) return;
  await db.insertInto('article_tags').values(tagIds.map((tagId) => ({ article_id: articleId, tag_id: tagId }))).execute();
}

/** Copies the article's publication time, while it is published, onto its bylines and tags: lists read them in order from there. */
export async function syncListingTimes(db: Db, articleId: number): Promise<void> {
  for (const table of ['article_tags', 'article_authors'] as const) {
    await sql`update ${sql.table(table)} set published_at = (select case when a.status = 'published' then a.published_at end from articles a where a.id = ${articleId}) where article_id = ${articleId}`.execute(db);
  }
}

export async function listAuthorIds(db: Db, articleId: number): Promise<number[]> {
  return (await listCredits(db, articleId)).map((row) => row.personId);
}

/** The byline in order, each person with their credit on this article. */
export async function listCredits(db: Db, articleId: number): Promise<{ personId: number; credit: Credit }[]> {
  const rows = await db.selectFrom('article_authors').select(['person_id', 'credit']).where('article_id', '=', articleId).orderBy('position').execute();
  return rows.map((row) => ({ personId: row.person_id, credit: isCredit(row.credit) ? row.credit : 'author' }));
}

export async function listTagsOf(db: Db, articleId: number): Promise<TagRef[]> {
  return db
    .selectFrom('article_tags as at')
    .innerJoin('tags as t', 't.id', 'at.tag_id')
    .select(['t.id', 't.slug', 't.name'])
    .where('at.article_id', '=', articleId)
    .orderBy('t.name')
    .execute();
}

export async function listBylines(db: Db, articleIds: number[]): Promise<BylineRow[]> {
  if (articleIds.length === 0) return [];
  return db
    .selectFrom('article_authors as aa')
    .innerJoin('people as p', 'p.id', 'aa.person_id')
    .select(['aa.article_id', 'p.id', 'p.slug', 'p.name', 'p.role_title', 'aa.credit'])
    .where('aa.article_id', 'in', articleIds)
    .orderBy('aa.article_id')
    .orderBy('aa.position')
    .execute();
}

/**
 * Published and visible at `now`: the one definition of what readers may see. Articles come
 * first: a CROSS JOIN keeps that order on SQLite, whose planner would otherwise walk the few
 * sections and sort every published article by date to find a page of them. `byId`: the caller
 * names the articles, and the status is tested on each row found by id: SQLite, with no
 * statistics, would otherwise take `status = 'published'` for a rare value and walk every
 * published article in the (status, published_at) index to find a few (12 ms at 100,000).
 */
export function publishedQuery(db: Db, now: string, { byId = false } = {}) {
  return db
    .selectFrom('articles as a')
    .crossJoin('sections as s')
    .whereRef('s.id', '=', 'a.section_id')
    .where(byId ? sql<string>`a.status || ''` : 'a.status', '=', 'published')
    .where('a.published_at', '<=', now);
}

function filtered(db: Db, now: string, filter: ArticleFilter) {
  let query = publishedQuery(db, now);
  if (filter.sectionId !== undefined) query = query.where('a.section_id', '=', filter.sectionId);
  if (filter.sectionIds !== undefined) query = query.where(inSections(filter.sectionIds));
  if (filter.tagId !== undefined) {
    const tagId = filter.tagId;
    query = query.where((eb) => eb.exists(eb.selectFrom('article_tags as at').select('at.tag_id').whereRef('at.article_id', '=', 'a.id').where('at.tag_id', '=', tagId)));
  }
  if (filter.personId !== undefined) {
    const personId = filter.personId;
    query = query.where((eb) => eb.exists(eb.selectFrom('article_authors as aa').select('aa.person_id').whereRef('aa.article_id', '=', 'a.id').where('aa.person_id', '=', personId)));
  }
  return query;
}

/** An article in any of these sections (a front's subtree); one id reads the section index as an equality. */
function inSections(ids: number[]) {
  if (ids.length === 0) return sql<boolean>`1 = 0`;
  if (ids.length === 1) return sql<boolean>`a.section_id = ${ids[0]}`;
  return sql<boolean>`a.section_id in (${sql.join(ids)})`;
}

const summaryColumns = [
  'a.id', 'a.slug', 'a.headline', 'a.standfirst', 'a.published_at', 'a.updated_at',
  'a.featured_image_url', 'a.featured_image_alt', 'a.featured_image_caption', 'a.featured_image_credit', 'a.featured_image_width', 'a.featured_image_height',
  's.id as section_id', 's.slug as section_slug', 's.name as section_name', 's.path as section_path',
] as const;

/** A position in a list, newest first: the publication time and id of one article. */
export interface ListCursor {
  publishedAt: string;
  id: number;
}

/**
 * One page of a list by keyset: `before` a cursor (older), `after` one (newer, returned oldest
 * first), or the newest. Each kind of list reads an index in order and stops after `limit` rows:
 * the articles table for the site and a section, article_tags or article_authors (which carry
 * the publication time) for a tag or a writer. No count, no offset.
 */
export async function listPublishedRowsByKeyset(db: Db, now: string, filter: ArticleFilter, position: { before?: ListCursor; after?: ListCursor }, limit: number): Promise<SummaryRow[]> {
  const older = position.after === undefined;
  const cursor = position.before ?? position.after;
  const direction = older ? 'desc' : 'asc';
  if (filter.tagId !== undefined || filter.personId !== undefined) {
    const byTag = filter.tagId !== undefined;
    // Both link tables have article_id and published_at; they differ in the column filtered on.
    const link = (byTag ? 'article_tags as l' : 'article_authors as l') as 'article_tags as l';
    let query = db
      .selectFrom(link)
      .crossJoin('articles as a') // in this order on SQLite too: the link table's index gives the order
      .crossJoin('sections as s')
      .whereRef('a.id', '=', 'l.article_id')
      .whereRef('s.id', '=', 'a.section_id')
      .where(sql.ref(byTag ? 'l.tag_id' : 'l.person_id'), '=', (byTag ? filter.tagId : filter.personId)!)
      .where('l.published_at', '<=', now)
      .where('a.status', '=', 'published');
    if (filter.sectionId !== undefined) query = query.where('a.section_id', '=', filter.sectionId);
    if (filter.sectionIds !== undefined) query = query.where(inSections(filter.sectionIds));
    if (cursor) query = query.where(beyond('l.published_at', 'l.article_id', cursor, older));
    return query.select(summaryColumns).orderBy('l.published_at', direction).orderBy('l.article_id', direction).limit(limit).execute();
  }
  let query = publishedQuery(db, now);
  if (filter.sectionId !== undefined) query = query.where('a.section_id', '=', filter.sectionId);
  if (filter.sectionIds !== undefined) query = query.where(inSections(filter.sectionIds));
  if (cursor) query = query.where(beyond('a.published_at', 'a.id', cursor, older));
  return query.select(summaryColumns).orderBy('a.published_at', direction).orderBy('a.id', direction).limit(limit).execute();
}

/**
 * Rows past `cursor` in (time, id) order, older or newer. Written as a range on the time plus a
 * tie-break, not a row-value comparison, so both databases walk the index range and stop.
 */
function beyond(time: string, id: string, cursor: ListCursor, older: boolean) {
  const [past, pastOrAt] = older ? (['<', '<='] as const) : (['>', '>='] as const);
  return sql<boolean>`${sql.ref(time)} ${sql.raw(pastOrAt)} ${cursor.publishedAt} and (${sql.ref(time)} ${sql.raw(past)} ${cursor.publishedAt} or ${sql.ref(id)} ${sql.raw(past)} ${cursor.id})`;
}

export async function listPublishedRows(db: Db, now: string, filter: ArticleFilter, limit: number, offset: number): Promise<SummaryRow[]> {
  return filtered(db, now, filter).select(summaryColumns).orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').limit(limit).offset(offset).execute();
}

/** The newest published rows with their bodies, in one query: for full-content feeds. */
export async function listPublishedRowsWithBodies(db: Db, now: string, filter: ArticleFilter, limit: number): Promise<(SummaryRow & { body_html: string })[]> {
  return filtered(db, now, filter).select([...summaryColumns, 'a.body_html']).orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').limit(limit).execute();
}

export async function countPublished(db: Db, now: string, filter: ArticleFilter): Promise<number> {
  const row = await filtered(db, now, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findPublishedRowsByIds(db: Db, now: string, ids: number[]): Promise<SummaryRow[]> {
  if (ids.length === 0) return [];
  return publishedQuery(db, now, { byId: true }).select(summaryColumns).where('a.id', 'in', ids).execute();
}

export async function listPublishedText(db: Db, now: string, afterId: number, limit: number): Promise<{ id: number; headline: string; standfirst: string; body_markdown: string }[]> {
  return publishedQuery(db, now).select(['a.id', 'a.headline', 'a.standfirst', 'a.body_markdown']).where('a.id', '>', afterId).orderBy('a.id').limit(limit).execute();
}
