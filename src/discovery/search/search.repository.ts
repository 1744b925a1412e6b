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
}

const columns = ['id', 'headline', 'standfirst', 'body_markdown', 'status'] as const;

export async function findSearchSource(db: Db, articleId: number): Promise<SearchSourceRow | undefined> {
  return db.selectFrom('articles').select(columns).where('id', '=', articleId).executeTakeFirst();
}

/** Published articles (whatever their publication time: search filters that) with ids after `afterId`. */
export async function listPublishedSources(db: Db, afterId: number, limit: number): Promise<SearchSourceRow[]> {
  return db.selectFrom('articles').select(columns).where('status', '=', 'published').where('id', '>', afterId).orderBy('id').limit(limit).execute();
}

export async function countPublishedSources(db: Db): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow();
  return Number(row.n);
}
