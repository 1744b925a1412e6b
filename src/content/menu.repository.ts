// Queries on menu entries, and which sections have a published story (what an unarranged menu shows).
import type { Db } from '../db/database.ts';
import type { MenuItem, MenuName } from './menu.ts';

const columns = ['id', 'menu', 'position', 'kind', 'target_id', 'label', 'url'] as const;

export async function listMenuItems(db: Db): Promise<MenuItem[]> {
  const rows = await db.selectFrom('menu_items').select(columns).orderBy('menu').orderBy('position').orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, menu: row.menu, position: row.position, kind: row.kind, targetId: row.target_id, label: row.label, url: row.url }));
}

export async function insertMenuItem(db: Db, values: Omit<MenuItem, 'id'>): Promise<number> {
  return (await db.insertInto('menu_items').values({ menu: values.menu, position: values.position, kind: values.kind, target_id: values.targetId, label: values.label, url: values.url }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function setMenuItemPosition(db: Db, id: number, position: number): Promise<void> {
  await db.updateTable('menu_items').set({ position }).where('id', '=', id).execute();
}

export async function deleteMenuItem(db: Db, id: number): Promise<void> {
  await db.deleteFrom('menu_items').where('id', '=', id).execute();
}

export async function deleteMenuItemsFor(db: Db, kind: 'section' | 'page', targetId: number): Promise<void> {
  await db.deleteFrom('menu_items').where('kind', '=', kind).where('target_id', '=', targetId).execute();
}

/** Ids of sections with at least one published story (one index probe a section). */
export async function listFilledSectionIds(db: Db, now: string): Promise<number[]> {
  const rows = await db
    .selectFrom('sections as s')
    .select('s.id')
    .where((eb) => eb.exists(eb.selectFrom('articles as a').select('a.id').whereRef('a.section_id', '=', 's.id').where('a.status', '=', 'published').where('a.published_at', '<=', now)))
    .execute();
  return rows.map((row) => row.id);
}

export type { MenuName };
