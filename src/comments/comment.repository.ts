// Queries on comments. Public reads select no private column at all; the moderation queue's
// reads are the only ones that do.
import { type ExpressionBuilder, PostgresAdapter, type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { CommentsTable, Database } from '../db/schema.ts';
import type { CommentStatus } from './comment.ts';

export type CommentRow = Selectable<CommentsTable>;
export type PublicRow = Pick<CommentRow, 'id' | 'article_id' | 'parent_id' | 'thread_id' | 'status' | 'author_name' | 'author_url' | 'body' | 'created_at' | 'staff_user_id'> & { avatar_hue: number };

const publicColumns = ['c.id', 'c.article_id', 'c.parent_id', 'c.thread_id', 'c.status', 'c.author_name', 'c.author_url', 'c.body', 'c.created_at', 'c.staff_user_id'] as const;

export async function insertComment(db: Db, values: Omit<CommentRow, 'id'>): Promise<number> {
  return (await db.insertInto('comments').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

type ReadRow = Omit<PublicRow, 'avatar_hue'> & { author_email: string };

/** Where a page of comments starts: after or before one top-level comment (or reply, in a thread), by (created_at, id). */
export interface CommentCursor {
  createdAt: string;
  id: number;
}

/** Comments after (`>`) or before (`<`) a cursor in thread order, (created_at, id). */
const beyond = (cursor: CommentCursor, op: '>' | '<') => (eb: ExpressionBuilder<Database & { c: CommentsTable }, 'c'>) =>
  eb.or([eb('c.created_at', op, cursor.createdAt), eb.and([eb('c.created_at', '=', cursor.createdAt), eb('c.id', op, cursor.id)])]);

/**
 * A page of approved comments in thread order (oldest first): an article's top-level comments
 * (threadId null) or one thread's replies; `limit` after `after` (or the first ones), or the
 * `limit` just before `before`, newest first. Read from comments_page_idx (article, status,
 * thread_id, created_at, id): one index range, whatever the article's size.
 */
export async function listInOrder(db: Db, articleId: number, threadId: number | null, position: { after?: CommentCursor; before?: CommentCursor }, limit: number): Promise<ReadRow[]> {
  let query = db.selectFrom('comments as c').select([...publicColumns, 'c.author_email']).where('c.article_id', '=', articleId).where('c.status', '=', 'approved').where('c.thread_id', threadId === null ? 'is' : '=', threadId);
  const { after, before } = position;
  if (after) query = query.where(beyond(after, '>'));
  if (before) query = query.where(beyond(before, '<'));
  const direction = before ? 'desc' : 'asc';
  return query.orderBy('c.created_at', direction).orderBy('c.id', direction).limit(limit).execute();
}

/**
 * Approved replies of each thread, at most `limit` a thread (in no particular order: callers sort
 * each thread's own). One statement of fixed text whatever the number of threads (the thread ids
 * are one parameter, so it is prepared once), running one bounded range of comments_page_idx
 * per thread: a thread with 20,000 replies still reads `limit` of them. On SQLite the ids come
 * from json_each and each thread's range is a correlated `IN (… LIMIT n)` (0.5 ms for 40 threads
 * where a UNION ALL of 40 ranges took 1.2 ms, and a window function over an IN list reads every
 * reply: 29 ms with one long thread); on PostgreSQL from unnest, with a LATERAL join.
 */
export async function listThreadReplyRows(db: Db, articleId: number, threadIds: number[], limit: number): Promise<ReadRow[]> {
  if (threadIds.length === 0) return [];
  const columns = sql.raw(publicColumns.join(', ') + ', c.author_email');
  const range = (thread: RawBuilder<unknown>) => sql`select ${columns} from comments c where c.article_id = ${articleId} and c.status = 'approved' and c.thread_id = ${thread} order by c.created_at, c.id limit ${limit}`;
  const query =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? sql<ReadRow>`select r.* from unnest(cast(${threadIds} as integer[])) as t(id) cross join lateral (${range(sql.ref('t.id'))}) as r`
      : sql<ReadRow>`select ${columns} from json_each(${JSON.stringify(threadIds)}) as t join comments as c on c.id in (select r.id from comments as r where r.article_id = ${articleId} and r.status = 'approved' and r.thread_id = t.value order by r.created_at, r.id limit ${limit})`;
  return (await query.execute(db)).rows;
}

/** How many approved comments of the thread (or, threadId null, top-level ones of the article) come before `cursor`, counting no further than `limit`. */
export async function countBefore(db: Db, articleId: number, threadId: number | null, cursor: CommentCursor, limit: number): Promise<number> {
  const inner = db
    .selectFrom('comments as c')
    .select('c.id')
    .where('c.article_id', '=', articleId)
    .where('c.status', '=', 'approved')
    .where('c.thread_id', threadId === null ? 'is' : '=', threadId)
    .where(beyond(cursor, '<'))
    .limit(limit);
  const row = await db.selectFrom(inner.as('b')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listRowsByIds(db: Db, ids: number[]): Promise<(Omit<PublicRow, 'avatar_hue'> & { author_email: string })[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('comments as c').select([...publicColumns, 'c.author_email']).where('c.id', 'in', ids).execute();
}

/** Every approved comment of the article, counted in comments_page_idx alone (1.3–2 ms for 54,723 on SQLite). */
export async function countApproved(db: Db, articleId: number): Promise<number> {
  const row = await db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n')).where('article_id', '=', articleId).where('status', '=', 'approved').executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findRow(db: Db, id: number): Promise<CommentRow | undefined> {
  return db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** When the address posted its latest `n` comments after `since`, newest first (comments_ip_idx: one bounded range). */
export async function listRecentFromAddress(db: Db, ip: string, since: string, n: number): Promise<string[]> {
  const rows = await db.selectFrom('comments').select('created_at').where('ip', '=', ip).where('created_at', '>', since).orderBy('created_at', 'desc').limit(n).execute();
  return rows.map((row) => row.created_at);
}

export async function hasDuplicate(db: Db, articleId: number, body: string): Promise<boolean> {
  const row = await db.selectFrom('comments').select('id').where('article_id', '=', articleId).where('body', '=', body).where('status', '!=', 'trash').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function hasApprovedFrom(db: Db, email: string): Promise<boolean> {
  const row = await db.selectFrom('comments').select('id').where('author_email', '=', email).where('status', '=', 'approved').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function updateStatus(db: Db, id: number, status: CommentStatus, now: string, learnedAs: 'spam' | 'ham' | null): Promise<void> {
  await db.updateTable('comments').set({ status, status_changed_at: now, learned_as: learnedAs }).where('id', '=', id).execute();
}

export async function updateBody(db: Db, id: number, body: string, now: string): Promise<void> {
  await db.updateTable('comments').set({ body, edited_at: now }).where('id', '=', id).execute();
}

export interface QueueFilter {
  status?: CommentStatus;
  articleId?: number;
}

function queue(db: Db, filter: QueueFilter) {
  let query = db.selectFrom('comments as c').innerJoin('articles as a', 'a.id', 'c.article_id');
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.articleId !== undefined) query = query.where('c.article_id', '=', filter.articleId);
  return query;
}

export async function listQueueRows(db: Db, filter: QueueFilter, limit: number, offset: number) {
  return queue(db, filter)
    .select([...publicColumns, 'c.author_email', 'c.ip', 'c.user_agent', 'c.reasons', 'c.spam_score', 'a.headline as article_headline'])
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countQueue(db: Db, filter: QueueFilter): Promise<number> {
  const row = await queue(db, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many comments have each status, optionally on one article: one grouped query. */
export async function countEachStatus(db: Db, articleId?: number): Promise<Record<CommentStatus, number>> {
  let query = db.selectFrom('comments').select(['status', (eb) => eb.fn.countAll().as('n')]).groupBy('status');
  if (articleId !== undefined) query = query.where('article_id', '=', articleId);
  const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, spam: 0, trash: 0 };
  for (const row of await query.execute()) counts[row.status] = Number(row.n);
  return counts;
}

export async function countByStatus(db: Db, status: CommentStatus): Promise<number> {
  const row = await db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n')).where('status', '=', status).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Forgets addresses and user agents older than the retention period; returns how many. */
export async function purgeTrackingBefore(db: Db, before: string): Promise<number> {
  const result = await db.updateTable('comments').set({ ip: null, user_agent: null }).where('created_at', '<', before).where((eb) => eb.or([eb('ip', 'is not', null), eb('user_agent', 'is not', null)])).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteTrashBefore(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('comments').where('status', '=', 'trash').where('status_changed_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
