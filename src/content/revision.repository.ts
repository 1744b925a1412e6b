// Queries on article revisions.
import type { Db } from '../db/database.ts';
import type { ArticleSnapshot, Revision } from './revision.ts';

export async function insertRevision(db: Db, values: { articleId: number; version: number; userId: number | null; createdAt: string; changedFields: string[]; snapshot: ArticleSnapshot }): Promise<void> {
  await db
    .insertInto('article_revisions')
    .values({ article_id: values.articleId, version: values.version, user_id: values.userId, created_at: values.createdAt, changed_fields: JSON.stringify(values.changedFields), snapshot: JSON.stringify(values.snapshot) })
    .execute();
}

const columns = ['r.id', 'r.article_id', 'r.version', 'r.user_id', 'r.created_at', 'r.changed_fields', 'r.snapshot', 'u.name as user_name'] as const;

function toRevision(row: { id: number; article_id: number; version: number; user_id: number | null; created_at: string; changed_fields: string; snapshot: string; user_name: string | null }): Revision {
  return {
    id: row.id,
    articleId: row.article_id,
    version: row.version,
    userId: row.user_id,
    userName: row.user_name,
    createdAt: new Date(row.created_at),
    changedFields: JSON.parse(row.changed_fields),
    snapshot: JSON.parse(row.snapshot),
  };
}

export async function listRevisions(db: Db, articleId: number): Promise<Revision[]> {
  const rows = await db.selectFrom('article_revisions as r').leftJoin('users as u', 'u.id', 'r.user_id').select(columns).where('r.article_id', '=', articleId).orderBy('r.version', 'desc').execute();
  return rows.map(toRevision);
}

export async function findRevision(db: Db, articleId: number, revisionId: number): Promise<Revision | undefined> {
  const row = await db.selectFrom('article_revisions as r').leftJoin('users as u', 'u.id', 'r.user_id').select(columns).where('r.article_id', '=', articleId).where('r.id', '=', revisionId).executeTakeFirst();
  return row && toRevision(row);
}
