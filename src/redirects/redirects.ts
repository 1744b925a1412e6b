// Old public paths that must keep answering after a slug or section changes. Each row points
// at an entity, not at a path, so a slug changed twice still redirects in one hop to where the
// entity lives now. Used by people and content; resolved by the public site's 404 handler.
import type { Db } from '../db/database.ts';
import type { RedirectsTable } from '../db/schema.ts';

export type RedirectKind = RedirectsTable['kind'];

export interface RedirectTarget {
  kind: RedirectKind;
  targetId: number;
}

export async function recordRedirect(db: Db, fromPath: string, target: RedirectTarget, now: string): Promise<void> {
  await db
    .insertInto('redirects')
    .values({ from_path: fromPath, kind: target.kind, target_id: target.targetId, created_at: now })
    .onConflict((oc) => oc.column('from_path').doUpdateSet({ kind: target.kind, target_id: target.targetId, created_at: now }))
    .execute();
}

/** An entity taking a path back (a slug renamed and renamed back) must not redirect away from itself. */
export async function forgetRedirect(db: Db, path: string): Promise<void> {
  await db.deleteFrom('redirects').where('from_path', '=', path).execute();
}

export async function findRedirect(db: Db, path: string): Promise<RedirectTarget | undefined> {
  const row = await db.selectFrom('redirects').select(['kind', 'target_id']).where('from_path', '=', path).executeTakeFirst();
  return row && { kind: row.kind, targetId: row.target_id };
}

/** When an entity is merged into another, old paths that led to it lead to the survivor instead. */
export async function retargetRedirects(db: Db, kind: RedirectKind, fromId: number, intoId: number): Promise<void> {
  await db.updateTable('redirects').set({ target_id: intoId }).where('kind', '=', kind).where('target_id', '=', fromId).execute();
}
