// Fifty approved comments on one article (one in five a reply to the comment before it), for
// the benches of the cold path: the target is an article page with 50 comments.
import type { Db } from '../../src/db/database.ts';

export async function addFiftyComments(db: Db, articleId: number): Promise<void> {
  let parent: number | null = null;
  for (let i = 0; i < 50; i++) {
    const at = new Date(Date.parse('2026-12-03T09:00:00Z') + i * 60_000).toISOString();
    const replyTo: number | null = i % 5 === 4 ? parent : null;
    const row = await db
      .insertInto('comments')
      .values({
        article_id: articleId, parent_id: replyTo, thread_id: replyTo, status: 'approved', author_name: `Reader ${i}`, author_email: `reader${i}@example.net`, author_url: i % 3 === 0 ? 'https://reader.example.net/' : null,
        body: `Comment ${i}: the rains came late and the harvest, they say, was lost in a week.\n\nA second paragraph with https://example.org/link in it.`, ip: null, user_agent: null, staff_user_id: null, reasons: '[]', spam_score: null, learned_as: null,
        created_at: at, status_changed_at: at, edited_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (replyTo === null) parent = row.id;
  }
}
