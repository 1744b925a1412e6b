// What an article's authors are told about its comments, as pure functions: which events call
// for a notice, and the message itself. The comment passed in has only a name and text, so the
// commenter's email, address and user agent cannot end up in a message. Plain text only; the
// comment is quoted line by line, so nothing a reader typed can pass for Byline's own lines.
import type { MailMessage } from './mailer.ts';

type Status = 'pending' | 'approved' | 'spam' | 'trash';

export type CommentNotice = 'awaiting-moderation' | 'approved';

/** A new comment: held ones await moderation, approved ones are news; spam is never mentioned. */
export function noticeForPosted(status: Status): CommentNotice | undefined {
  if (status === 'pending') return 'awaiting-moderation';
  if (status === 'approved') return 'approved';
  return undefined;
}

/** A moderator's decision: only a comment newly approved is news (an edit keeps its status). */
export function noticeForModerated(from: Status, to: Status): CommentNotice | undefined {
  return to === 'approved' && from !== 'approved' ? 'approved' : undefined;
}

export interface CommentNoticeInput {
  notice: CommentNotice;
  /** The site's public address, without a trailing slash. */
  baseUrl: string;
  article: { id: number; headline: string; path: string | null };
  comment: { id: number; authorName: string; body: string };
  to: string[];
}

export function commentNotificationMessage({ notice, baseUrl, article, comment, to }: CommentNoticeInput): MailMessage {
  const headline = oneLine(article.headline);
  const name = oneLine(comment.authorName);
  // An article unpublished since the comment was posted has no public address: link the editor.
  const articleUrl = article.path ? `${baseUrl}${article.path}` : `${baseUrl}/admin/articles/${article.id}/edit`;
  // The permalink finds the comment page that shows it, however many comments come before.
  const commentUrl = article.path ? `${baseUrl}/comments/${comment.id}` : articleUrl;
  const quoted = comment.body.replace(/\r\n?/g, '\n').split('\n').map((line) => (line.trim() === '' ? '>' : `> ${line}`)).join('\n');
  const lines =
    notice === 'awaiting-moderation'
      ? [`A comment by ${name} on "${headline}" is waiting for moderation.`, '', quoted, '', `Article: ${articleUrl}`, `Moderation queue: ${baseUrl}/admin/comments?status=pending`]
      : [`${name} commented on "${headline}":`, '', quoted, '', `Read it: ${commentUrl}`];
  return {
    to,
    subject: notice === 'awaiting-moderation' ? `New comment awaiting moderation on "${headline}"` : `New comment on "${headline}"`,
    text: [...lines, '', '-- ', 'You receive this because you are an author of this article.', ''].join('\n'),
  };
}

/** Line breaks in a name or headline would let it forge lines of the message (or headers). */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
