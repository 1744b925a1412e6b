// Emails an article's authors when a comment awaits moderation or is approved. The listeners
// return at once and deliver in the background: the event bus awaits its listeners inside the
// comment post, and a reader's request must not wait on a mail server. A failure is logged
// (never with the SMTP password) and changes nothing else; settled() lets shutdown wait for mail.
import type { CommentService } from '../comments/comments.ts';
import type { ArticleService } from '../content/content.ts';
import type { Events } from '../events.ts';
import type { PeopleService } from '../people/people.ts';
import { type CommentNotice, commentNotificationMessage, noticeForModerated, noticeForPosted } from './comment-notifications.ts';
import type { Mailer } from './mailer.ts';

export interface CommentNotificationDeps {
  events: Events;
  mailer: Mailer;
  /** The site's public address, without a trailing slash. */
  baseUrl: string;
  comments: Pick<CommentService, 'findRecord'>;
  articles: Pick<ArticleService, 'getArticle'>;
  people: Pick<PeopleService, 'findPersonRecord'>;
  log: (message: string) => void;
}

export function subscribeCommentNotifications({ events, mailer, baseUrl, comments, articles, people, log }: CommentNotificationDeps): { settled(): Promise<void> } {
  const inFlight = new Set<Promise<void>>();

  async function notify(commentId: number, notice: CommentNotice): Promise<void> {
    const comment = await comments.findRecord(commentId);
    // Staff replies are the newsroom's own words; a comment moderated again since is old news.
    if (!comment || comment.staff_user_id !== null) return;
    if (comment.status !== (notice === 'approved' ? 'approved' : 'pending')) return;
    const article = await articles.getArticle(comment.article_id);
    const records = await Promise.all(article.authors.map((author) => people.findPersonRecord(author.id)));
    const to: string[] = [];
    for (const email of records.map((record) => record?.email?.trim())) {
      // Authors without an email are skipped; one commenting under their own address needs no email about it.
      const seen = [comment.author_email, ...to].some((other) => other.toLowerCase() === email?.toLowerCase());
      if (email && !seen) to.push(email);
    }
    if (to.length === 0) return;
    await mailer.send(
      commentNotificationMessage({
        notice,
        baseUrl,
        article: { id: article.id, headline: article.headline, path: article.path },
        comment: { id: comment.id, authorName: comment.author_name, body: comment.body },
        to,
      }),
    );
  }

  function inBackground(commentId: number, notice: CommentNotice): void {
    const task: Promise<void> = notify(commentId, notice)
      .catch((error: unknown) => log(`Could not notify the authors about comment ${commentId}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  }

  events.on('comment.posted', ({ commentId, status }) => {
    const notice = noticeForPosted(status);
    if (notice) inBackground(commentId, notice);
  });
  events.on('comment.moderated', ({ commentId, from, to }) => {
    const notice = noticeForModerated(from, to);
    if (notice) inBackground(commentId, notice);
  });

  return {
    async settled() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
