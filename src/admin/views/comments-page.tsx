// The moderation queue: comments filtered by status and article, newest first, each with its
// private details (for moderators only), the reasons it was held or marked spam, and one-click
// actions; checkboxes and one form for bulk actions; keyboard shortcuts from moderation.js.
import type { CommentRecord, CommentStatus } from '../../comments/comments.ts';
import type { Page } from '../../pagination.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { Csrf } from './form-fields.tsx';

const actions: [CommentStatus, string][] = [
  ['approved', 'Approve'],
  ['spam', 'Spam'],
  ['trash', 'Trash'],
  ['pending', 'Back to pending'],
];

export function CommentsPage(props: AdminPageProps & { page: Page<CommentRecord>; status: CommentStatus | ''; articleId: number | null; counts: Record<CommentStatus, number>; notice?: string; timeZone: string; editing?: number }) {
  const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: props.timeZone });
  const back = `/admin/comments?status=${props.status}${props.articleId ? `&article=${props.articleId}` : ''}${props.page.page > 1 ? `&page=${props.page.page}` : ''}`;
  return (
    <AdminDocument {...props} title="Comments" extraScript={props.assets.moderationJs}>
      <h1>Comments</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <nav class="status-tabs" aria-label="Comment status">
        <ul>
          {(['pending', 'approved', 'spam', 'trash'] as CommentStatus[]).map((status) => (
            <li>
              <a href={`/admin/comments?status=${status}`} aria-current={props.status === status ? 'page' : undefined}>
                {status} ({props.counts[status]})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p class="hint">Keyboard: j / k to move between comments, a approve, s spam, t trash, r reply.</p>
      <form method="post" action="/admin/comments/bulk" id="bulk" class="bulk">
        <Csrf token={props.csrf} />
        <input type="hidden" name="back" value={back} />
        <label>
          With the selected comments:{' '}
          <select name="status">
            {actions.map(([value, label]) => (
              <option value={value}>{label}</option>
            ))}
          </select>
        </label>{' '}
        <button type="submit">Apply</button>
      </form>
      {props.page.items.length === 0 ? <p class="empty">No comments here.</p> : null}
      <ol class="queue">
        {props.page.items.map((comment) => (
          <li class={`queue-item status-${comment.status}`} id={`c${comment.id}`} tabIndex={-1} data-comment-id={String(comment.id)}>
            <div class="queue-head">
              <input type="checkbox" name="ids" value={String(comment.id)} form="bulk" aria-label={`Select the comment by ${comment.authorName}`} />
              <strong>{comment.authorName}</strong>
              {comment.isStaff ? <span class="status">staff</span> : null}
              <span class="private">
                {comment.authorEmail}
                {comment.ip ? ` · ${comment.ip}` : ''}
              </span>
              {comment.authorUrl ? <span class="private">{comment.authorUrl}</span> : null}
              <time datetime={comment.createdAt.toISOString()}>{format.format(comment.createdAt)}</time>
              <span class={`status status-${comment.status}`}>{comment.status}</span>
            </div>
            <p class="on-article">
              On <a href={`/admin/articles/${comment.articleId}/edit`}>{comment.articleHeadline}</a> · <a href={`/admin/comments?status=${props.status}&article=${comment.articleId}`}>only this article</a>
            </p>
            {comment.reasons.length > 0 ? (
              <ul class="reasons" aria-label="Why it was held">
                {comment.reasons.map((reason) => (
                  <li>{reason}</li>
                ))}
              </ul>
            ) : null}
            {props.editing === comment.id ? (
              <form method="post" action={`/admin/comments/${comment.id}/edit`}>
                <Csrf token={props.csrf} />
                <input type="hidden" name="back" value={back} />
                <label for={`edit-${comment.id}`}>Comment text</label>
                <textarea id={`edit-${comment.id}`} name="body" rows={5}>
                  {comment.body}
                </textarea>
                <button type="submit" class="primary">
                  Save text
                </button>
              </form>
            ) : (
              <blockquote class="comment-text">{comment.body}</blockquote>
            )}
            <div class="queue-actions">
              {actions
                .filter(([status]) => status !== comment.status)
                .map(([status, label]) => (
                  <form method="post" action={`/admin/comments/${comment.id}/status`} class="inline">
                    <Csrf token={props.csrf} />
                    <input type="hidden" name="status" value={status} />
                    <input type="hidden" name="back" value={back} />
                    <button type="submit" data-action={status}>
                      {label}
                    </button>
                  </form>
                ))}
              <a href={`${back}${back.includes('?') ? '&' : '?'}edit=${comment.id}#c${comment.id}`}>Edit</a>
            </div>
            <details class="staff-reply" data-reply>
              <summary>Reply as the newsroom</summary>
              <form method="post" action={`/admin/comments/${comment.id}/reply`}>
                <Csrf token={props.csrf} />
                <input type="hidden" name="back" value={back} />
                <label for={`reply-${comment.id}`}>Your reply (published at once, with a staff badge)</label>
                <textarea id={`reply-${comment.id}`} name="body" rows={4} />
                <button type="submit">Publish reply</button>
              </form>
            </details>
          </li>
        ))}
      </ol>
      {props.page.pageCount > 1 ? (
        <nav class="pagination" aria-label="Pages">
          {props.page.page > 1 ? <a href={`/admin/comments?status=${props.status}&page=${props.page.page - 1}`}>← Newer</a> : <span />}
          <span>
            Page {props.page.page} of {props.page.pageCount}
          </span>
          {props.page.page < props.page.pageCount ? <a href={`/admin/comments?status=${props.status}&page=${props.page.page + 1}`}>Older →</a> : <span />}
        </nav>
      ) : null}
    </AdminDocument>
  );
}
