// What the search index is built from: articles' headline, standfirst and Markdown, read in
// batches by id. A search index is a copy of content's words, so it reads the articles table
// itself (one query per function, the db or a transaction given) rather than a page of summaries.
import type { Db } from '../../db/database.ts';

export interface SearchSourceRow {
  id: number;
  headline: string;
  standfirst: string;
  body_markdown: string;
  status: 'draft' | 'scheduled' | 'published';
  modified_at: string;
}

const columns = ['id', 'headline', 'standfirst', 'body_markdown', 'status', 'modified_at'] as const;

export async function findSearchSource(db: Db, articleId: number): Promise<SearchSourceRow | undefined> {
  return db.selectFrom('articles').select(columns).where('id', '=', articleId).executeTakeFirst();
}

/** Published articles (whatever their publication time: search filters that) with ids after `afterId`; with `changedAfter`, only those saved since. */
export async function listPublishedSources(db: Db, afterId: number, limit: number, changedAfter?: string): Promise<SearchSourceRow[]> {
  let query = db.selectFrom('articles').select(columns).where('status', '=', 'published').where('id', '>', afterId);
  if (changedAfter !== undefined) query = query.where('modified_at', '>', changedAfter);
  return query.orderBy('id').limit(limit).execute();
}

export async function listSourcesByIds(db: Db, ids: number[]): Promise<SearchSourceRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('articles').select(columns).where('id', 'in', ids).where('status', '=', 'published').execute();
}

export async function readIndexState(db: Db): Promise<{ language?: string; indexedThrough?: string }> {
  const rows = await db.selectFrom('search_index_state').select(['name', 'value']).execute();
  const value = (name: string) => rows.find((row) => row.name === name)?.value;
  return { ...(value('language') !== undefined && { language: value('language') }), ...(value('indexed_through') !== undefined && { indexedThrough: value('indexed_through') }) };
}

export async function writeIndexState(db: Db, state: { language: string; indexedThrough: string }): Promise<void> {
  for (const [name, value] of [['language', state.language], ['indexed_through', state.indexedThrough]] as const) {
    await db.insertInto('search_index_state').values({ name, value }).onConflict((oc) => oc.column('name').doUpdateSet({ value })).execute();
  }
}

export async function countPublishedSources(db: Db): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow();
  return Number(row.n);
}
