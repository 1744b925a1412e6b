// Queries on the home front's pins (a handful of rows: read whole).
import type { Db } from '../db/database.ts';
import type { FrontSlot, FrontSlotKind } from './front-slot.ts';

export async function listSlots(db: Db): Promise<FrontSlot[]> {
  const rows = await db.selectFrom('front_slots').select(['id', 'kind', 'position', 'article_id', 'starts_at', 'ends_at']).orderBy('kind').orderBy('position').orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, kind: row.kind, position: row.position, articleId: row.article_id, startsAt: row.starts_at ? new Date(row.starts_at) : null, endsAt: row.ends_at ? new Date(row.ends_at) : null }));
}

export async function insertSlot(db: Db, values: { kind: FrontSlotKind; position: number; articleId: number; startsAt: string | null; endsAt: string | null; createdAt: string }): Promise<number> {
  const row = await db.insertInto('front_slots').values({ kind: values.kind, position: values.position, article_id: values.articleId, starts_at: values.startsAt, ends_at: values.endsAt, created_at: values.createdAt }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function setSlotPosition(db: Db, id: number, position: number): Promise<void> {
  await db.updateTable('front_slots').set({ position }).where('id', '=', id).execute();
}

export async function deleteSlot(db: Db, id: number): Promise<void> {
  await db.deleteFrom('front_slots').where('id', '=', id).execute();
}
