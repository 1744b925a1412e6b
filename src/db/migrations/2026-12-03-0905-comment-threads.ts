// Comment pages: an article page shows a bounded number of top-level threads, each with its first
// replies, read by keyset (web/routes/article.routes.tsx). A reply now names the top-level comment
// of its thread (thread_id; null on a top-level comment, and on a reply whose thread's start is
// gone, which pages show at the top level as before), and one index serves both reads: the
// article's top-level comments in order (thread_id is null) and one thread's replies in order.
// Frozen in time: Kysely<any>, no application imports.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('comments').addColumn('thread_id', 'integer').execute();
  // Replies to a top-level comment, then replies to replies, one level at a time (depth is capped
  // by the commentMaxDepth setting; 50 rounds is far past any depth a site allows).
  await sql`update comments set thread_id = parent_id where parent_id in (select p.id from comments p where p.parent_id is null)`.execute(db);
  for (let round = 0; round < 50; round++) {
    const result = await sql`update comments set thread_id = (select p.thread_id from comments p where p.id = comments.parent_id)
      where thread_id is null and parent_id is not null and parent_id in (select p.id from comments p where p.thread_id is not null)`.execute(db);
    if (Number(result.numAffectedRows ?? 0) === 0) break;
  }
  await db.schema.createIndex('comments_page_idx').on('comments').columns(['article_id', 'status', 'thread_id', 'created_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('comments_page_idx').execute();
  await db.schema.alterTable('comments').dropColumn('thread_id').execute();
}
