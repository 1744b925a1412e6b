// Queries for bodies rendered under older sanitizer rules; one query a function. A rewrite is
// conditional on the row being as it was read (an article's version, a page's updated_at), so a
// save that lands meanwhile, rendered under the current rules already, is never overwritten;
// neither changes those columns, nor any published or updated time.
import type { Db } from '../db/database.ts';

export interface StaleBody {
  id: number;
  body_markdown: string;
  body_html: string;
  /** What the rewrite checks is unchanged: an article's version, a page's updated_at. */
  stamp: string;
}

/** Where stored bodies live. */
export type BodyTable = 'articles' | 'pages';

export async function countStaleBodies(db: Db, table: BodyTable, rules: number): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('body_html_rules', '<', rules).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The next bodies after `afterId`, in id order, made under rules older than `rules` (or every one, with `all`). */
export async function listStaleBodies(db: Db, table: BodyTable, rules: number, afterId: number, limit: number, all: boolean): Promise<StaleBody[]> {
  const stamp = table === 'articles' ? 'version' : 'updated_at';
  const rows = await db
    .selectFrom(table)
    .select(['id', 'body_markdown', 'body_html', `${stamp} as stamp`])
    .where('id', '>', afterId)
    .where('body_html_rules', all ? '<=' : '<', all ? Number.MAX_SAFE_INTEGER : rules)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, stamp: String(row.stamp) }));
}

/** Stores a body rendered again; false when the row changed since it was read. */
export async function rewriteBody(db: Db, table: BodyTable, body: StaleBody, values: { body_html: string; body_html_rules: number; body_break?: number }): Promise<boolean> {
  const query = db.updateTable(table).set(values).where('id', '=', body.id);
  const result = await (table === 'articles' ? query.where('version', '=', Number(body.stamp)) : query.where('updated_at', '=', body.stamp)).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
