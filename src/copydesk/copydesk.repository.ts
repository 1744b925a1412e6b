// Queries on the copy desk's overrides: an editor published over errors, with a reason.
import type { Db } from '../db/database.ts';

export interface OverrideRecord {
  id: number;
  articleId: number;
  version: number;
  userName: string | null;
  reason: string;
  findings: { check: string; message: string; text: string }[];
  createdAt: Date;
}

export async function insertOverride(db: Db, values: { articleId: number; version: number; userId: number | null; reason: string; findings: unknown[]; createdAt: string }): Promise<void> {
  await db
    .insertInto('copydesk_overrides')
    .values({ article_id: values.articleId, version: values.version, user_id: values.userId, reason: values.reason, findings: JSON.stringify(values.findings), created_at: values.createdAt })
    .execute();
}

export async function listOverrides(db: Db, articleId: number): Promise<OverrideRecord[]> {
  const rows = await db
    .selectFrom('copydesk_overrides as o')
    .leftJoin('users as u', 'u.id', 'o.user_id')
    .select(['o.id', 'o.article_id', 'o.version', 'o.reason', 'o.findings', 'o.created_at', 'u.name as user_name'])
    .where('o.article_id', '=', articleId)
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id', 'desc')
    .execute();
  return rows.map((row) => ({ id: row.id, articleId: row.article_id, version: row.version, userName: row.user_name, reason: row.reason, findings: JSON.parse(row.findings), createdAt: new Date(row.created_at) }));
}
