// Queries on held saves (pending_saves): forms that arrived after their writer's session ended,
// kept for that account until they sign in again. Few per account, and none for long.
import type { Db } from '../db/database.ts';

export const heldSaveLimits = { perAccount: 3, maxBytes: 1024 * 1024, lifetimeMs: 7 * 24 * 3600 * 1000 };

export async function insertHeldSave(db: Db, values: { id: string; user_id: number; article_id: number | null; payload: string; created_at: string }): Promise<void> {
  await db.insertInto('pending_saves').values(values).execute();
  // Only the newest few of an account are kept.
  const keep = await db.selectFrom('pending_saves').select('id').where('user_id', '=', values.user_id).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(heldSaveLimits.perAccount).execute();
  await db.deleteFrom('pending_saves').where('user_id', '=', values.user_id).where('id', 'not in', keep.map((row) => row.id)).execute();
}

export async function findHeldSave(db: Db, id: string): Promise<{ id: string; user_id: number | null; payload: string } | undefined> {
  return db.selectFrom('pending_saves').select(['id', 'user_id', 'payload']).where('id', '=', id).executeTakeFirst();
}

export async function deleteHeldSave(db: Db, id: string): Promise<void> {
  await db.deleteFrom('pending_saves').where('id', '=', id).execute();
}

export async function countHeldSaves(db: Db): Promise<number> {
  return Number((await db.selectFrom('pending_saves').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}

export async function purgeHeldSaves(db: Db, before: string): Promise<number> {
  return Number((await db.deleteFrom('pending_saves').where('created_at', '<', before).executeTakeFirst()).numDeletedRows);
}
