// Queries for the newsroom's article desk: every status, filters, headline search, and the
// scheduler's "due" list. Reader-facing lists live in article.repository.ts.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ArticleStatus } from './article.ts';

export interface DeskFilter {
  status?: ArticleStatus | 'submitted';
  sectionId?: number;
  personId?: number;
  /** Articles this user created or is in the byline of ("my drafts"). */
  mineUserId?: number;
  minePersonId?: number | null;
  query?: string;
  /** Only what this writer may see: published articles and their own (created or in the byline). */
  visibleTo?: { userId: number; personId: number | null };
}

export interface DeskRow {
  id: number;
  slug: string;
  headline: string;
  status: ArticleStatus;
  section_name: string;
  published_at: string | null;
  modified_at: string;
  submitted_at: string | null;
  version: number;
  created_by: number | null;
}

function filtered(db: Db, filter: DeskFilter) {
  let query = db.selectFrom('articles as a').innerJoin('sections as s', 's.id', 'a.section_id');
  if (filter.status === 'submitted') query = query.where('a.status', '=', 'draft').where('a.submitted_at', 'is not', null);
  else if (filter.status) query = query.where('a.status', '=', filter.status);
  if (filter.sectionId !== undefined) query = query.where('a.section_id', '=', filter.sectionId);
  if (filter.personId !== undefined) {
    const personId = filter.personId;
    query = query.where((eb) => eb.exists(eb.selectFrom('article_authors as aa').select('aa.person_id').whereRef('aa.article_id', '=', 'a.id').where('aa.person_id', '=', personId)));
  }
  if (filter.mineUserId !== undefined) {
    const { mineUserId, minePersonId } = filter;
    query = query.where((eb) =>
      eb.or([
        eb('a.created_by', '=', mineUserId),
        ...(minePersonId != null ? [eb.exists(eb.selectFrom('article_authors as am').select('am.person_id').whereRef('am.article_id', '=', 'a.id').where('am.person_id', '=', minePersonId))] : []),
      ]),
    );
  }
  if (filter.visibleTo !== undefined) {
    const { userId, personId } = filter.visibleTo;
    query = query.where((eb) =>
      eb.or([
        eb('a.status', '=', 'published'),
        eb('a.created_by', '=', userId),
        ...(personId != null ? [eb.exists(eb.selectFrom('article_authors as av').select('av.person_id').whereRef('av.article_id', '=', 'a.id').where('av.person_id', '=', personId))] : []),
      ]),
    );
  }
  if (filter.query) {
    const pattern = `%${filter.query.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    // SQLite has no default LIKE escape character: name it, so "50%" means 50%.
    query = query.where(sql<boolean>`lower(a.headline) like ${pattern} escape '\\'`);
  }
  return query;
}

export async function listDeskRows(db: Db, filter: DeskFilter, limit: number, offset: number): Promise<DeskRow[]> {
  return filtered(db, filter)
    .select(['a.id', 'a.slug', 'a.headline', 'a.status', 's.name as section_name', 'a.published_at', 'a.modified_at', 'a.submitted_at', 'a.version', 'a.created_by'])
    .orderBy('a.modified_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countDeskRows(db: Db, filter: DeskFilter): Promise<number> {
  const row = await filtered(db, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listDueIds(db: Db, now: string): Promise<number[]> {
  const rows = await db.selectFrom('articles').select('id').where('status', '=', 'scheduled').where('published_at', '<=', now).orderBy('published_at').execute();
  return rows.map((row) => row.id);
}

/** Moves one due article to published; true only for the one caller (of many instances) that did it. */
export async function claimScheduled(db: Db, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('articles')
    .set((eb) => ({ status: 'published', modified_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .where('published_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteArticleRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('redirects').where('kind', '=', 'article').where('target_id', '=', id).execute();
  await db.deleteFrom('articles').where('id', '=', id).execute();
}
