// The comments region of an article: the count, approved comments oldest first with threaded
// replies, the reader's own held comments marked as awaiting moderation, and the "Leave a Reply"
// form, which works with no JavaScript. Reader text is only ever text: Preact escapes it, and
// links are made from addresses, never from markup.
import type { ComponentChildren } from 'preact';
import type { CommentField, CommentNode, PublicComment } from '../../../comments/comments.ts';
import { commentLimits, commentParagraphs } from '../../../comments/comments.ts';
import type { CommentPager } from '../../comment-page-query.ts';
import type { Strings } from '../../strings.ts';
import { formatDateTime, initialsOf } from '../format.ts';

export interface CommentFormState {
  values: { body: string; name: string; email: string; url: string };
  errors: Partial<Record<CommentField, string>>;
  /** A refusal that is not about one field: closed, too fast. */
  message?: string;
}

export interface CommentsSectionProps {
  articleId: number;
  articlePath: string;
  strings: Strings;
  language: string;
  timeZone: string;
  count: number;
  nodes: CommentNode[];
  /** This comment page's address (the article's, with its cursor): reply links come back to it. */
  pagePath?: string;
  /** Links to the neighbouring comment pages (web/comment-page-query.ts). */
  pager?: CommentPager;
  held: PublicComment[];
  /** Why comments are closed; absent when the form is shown. */
  closed?: string;
  formToken: string;
  /** In a page that may be cached: a marker where the page cache puts a reader's own held comments, instead of `held`. */
  personalSlot?: string;
  replyTo?: PublicComment;
  form?: CommentFormState;
  /** The thread is left out (a refusal for posting too fast): `count` comments are on the article's own page. */
  threadOmitted?: boolean;
  /** The thread region already rendered (CommentThread, kept by cache/fragment-memo.ts): its marker (web/render.ts), `nodes` unused. */
  threadMarker?: string;
}

function CommentBody({ comment }: { comment: PublicComment }) {
  return (
    <div class="comment-body">
      {commentParagraphs(comment.body).map((segments) => (
        <p>
          {segments.map((segment) =>
            segment.kind === 'link' ? (
              <a href={segment.href} rel="nofollow ugc noopener">
                {segment.text}
              </a>
            ) : (
              segment.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}

function CommentView({ comment, props, held = false }: { comment: PublicComment; props: CommentsSectionProps; held?: boolean }) {
  const { strings } = props;
  const postedAt = formatDateTime(comment.createdAt, props.language, props.timeZone);
  return (
    <article class={`comment${comment.isStaff ? ' comment-staff' : ''}${held ? ' comment-held' : ''}`} id={`comment-${comment.id}`}>
      <header class="comment-meta">
        <span class={`comment-avatar hue-${comment.avatarHue}`} aria-hidden="true">
          {initialsOf(comment.authorName)}
        </span>
        <span class="comment-author">
          {comment.authorUrl ? (
            <a href={comment.authorUrl} rel="nofollow ugc noopener">
              {comment.authorName}
            </a>
          ) : (
            comment.authorName
          )}
        </span>
        {comment.isStaff ? <span class="staff-badge">{strings.staffBadge}</span> : null}
        {/* The accessible name starts with the visible date, so "click 3 March…" finds the link (WCAG 2.5.3). */}
        <a class="comment-permalink" href={`#comment-${comment.id}`} aria-label={strings.permalinkTo(comment.authorName, postedAt)}>
          <time datetime={comment.createdAt.toISOString()}>{postedAt}</time>
        </a>
      </header>
      {held ? <p class="awaiting-moderation">{strings.awaitingModeration}</p> : null}
      <CommentBody comment={comment} />
      {!held && !props.closed ? (
        <p class="comment-reply">
          <a href={`${replyBase(props)}replyto=${comment.id}#respond`} aria-label={strings.replyTo(comment.authorName)}>
            {strings.reply}
          </a>
        </p>
      ) : null}
    </article>
  );
}

/** The page's own address, ready for one more query parameter. */
const replyBase = (props: CommentsSectionProps) => {
  const path = props.pagePath ?? props.articlePath;
  return path.includes('?') ? `${path}&` : `${path}?`;
};

type ThreadProps = { nodes: CommentNode[]; props: CommentsSectionProps; heldReplies: Map<number, PublicComment[]> };

/** Approved comments, oldest first, with the reader's own held replies at the end of their parent's replies. */
function Thread(thread: ThreadProps) {
  return (
    <ol class="comment-list">
      <ThreadItems {...thread} />
    </ol>
  );
}

function ThreadItems({ nodes, props, heldReplies }: ThreadProps) {
  return (
    <>
      {nodes.map((node) => {
        const held = heldReplies.get(node.comment.id) ?? [];
        return (
          <li>
            <CommentView comment={node.comment} props={props} />
            {node.replies.length > 0 || held.length > 0 ? (
              <ol class="comment-list">
                <ThreadItems nodes={node.replies} props={props} heldReplies={heldReplies} />
                {held.map((comment) => (
                  <li>
                    <CommentView comment={comment} props={props} held />
                  </li>
                ))}
              </ol>
            ) : null}
            {node.moreReplies ? (
              <p class="more-replies">
                <a href={`${props.articlePath}?thread=${node.comment.id}#comment-${node.comment.id}`}>{props.strings.moreReplies}</a>
              </p>
            ) : null}
          </li>
        );
      })}
    </>
  );
}

function idsIn(nodes: CommentNode[], into = new Set<number>()): Set<number> {
  for (const node of nodes) {
    into.add(node.comment.id);
    idsIn(node.replies, into);
  }
  return into;
}

function Field({ name, label, required, error, children }: { name: string; label: string; required: boolean; error?: string | undefined; children: ComponentChildren }) {
  return (
    <p class={`comment-field${error ? ' has-error' : ''}`}>
      <label for={`comment-${name}`}>
        {label}
        {required ? <span class="required"> *</span> : null}
      </label>
      {children}
      {error ? (
        <span class="field-error" id={`comment-${name}-error`}>
          {error}
        </span>
      ) : null}
    </p>
  );
}

const fieldOrder: CommentField[] = ['body', 'name', 'email', 'url'];

/** The GOV.UK error summary: what went wrong, each linked to its field, at the top of the form. */
function ErrorSummary({ form, strings }: { form: CommentFormState | undefined; strings: Strings }) {
  const fields = fieldOrder.filter((name) => form?.errors[name]);
  if (!form || (!form.message && fields.length === 0)) return null;
  return (
    <div class="form-error error-summary" id="comment-errors" tabIndex={-1} role="alert" aria-labelledby="comment-errors-title">
      <h3 id="comment-errors-title" class="error-summary-title">
        {strings.errorSummaryTitle}
      </h3>
      <p>{form.message ?? strings.commentFormHasErrors}</p>
      {fields.length > 0 ? (
        <ul class="error-summary-list">
          {fields.map((name) => (
            <li>
              <a href={`#comment-${name}`}>{form.errors[name]}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function CommentForm({ props }: { props: CommentsSectionProps }) {
  const { strings, form } = props;
  const values = form?.values ?? { body: '', name: '', email: '', url: '' };
  const errors = form?.errors ?? {};
  const described = (name: CommentField) => (errors[name] ? `comment-${name}-error` : undefined);
  return (
    <section class="respond" id="respond" aria-labelledby="reply-title">
      <h3 id="reply-title">{props.replyTo ? strings.replyTo(props.replyTo.authorName) : strings.leaveAReply}</h3>
      {props.replyTo ? (
        <p class="cancel-reply">
          <a href={`${props.pagePath ?? props.articlePath}#respond`}>{strings.cancelReply}</a>
        </p>
      ) : null}
      <ErrorSummary form={form} strings={strings} />
      {/* The fragment brings a refused reader back to the error summary (which takes focus as the
          target), with no script; a successful post's redirect names its own fragment. */}
      <form method="post" action="/comments#comment-errors" class="comment-form" id="comment-form" novalidate>
        <p class="email-promise">{strings.emailPromise}</p>
        <input type="hidden" name="articleId" value={String(props.articleId)} />
        <input type="hidden" name="parentId" value={props.replyTo ? String(props.replyTo.id) : ''} />
        {/* The comment page the reader is on, to come back to when it shows the new comment. */}
        <input type="hidden" name="commentPage" value={(props.pagePath ?? '').split('?')[1] ?? ''} />
        <Field name="body" label={strings.commentLabel} required error={errors.body}>
          <textarea id="comment-body" name="body" rows={8} maxLength={commentLimits.body} required aria-invalid={errors.body ? 'true' : undefined} aria-describedby={described('body')}>
            {values.body}
          </textarea>
        </Field>
        <Field name="name" label={strings.nameLabel} required error={errors.name}>
          <input id="comment-name" name="name" type="text" value={values.name} maxLength={commentLimits.name} required autocomplete="name" aria-invalid={errors.name ? 'true' : undefined} aria-describedby={described('name')} />
        </Field>
        <Field name="email" label={strings.emailLabel} required error={errors.email}>
          <input id="comment-email" name="email" type="email" value={values.email} maxLength={commentLimits.email} required autocomplete="email" aria-invalid={errors.email ? 'true' : undefined} aria-describedby={described('email')} />
        </Field>
        <Field name="url" label={strings.websiteLabel} required={false} error={errors.url}>
          <input id="comment-url" name="url" type="url" value={values.url} maxLength={commentLimits.url} autocomplete="url" aria-invalid={errors.url ? 'true' : undefined} aria-describedby={described('url')} />
        </Field>
        <div class="hp" aria-hidden="true">
          <label for="comment-website-confirm">{strings.honeypotLabel}</label>
          <input id="comment-website-confirm" name="website_confirm" type="text" tabIndex={-1} autocomplete="off" value="" />
        </div>
        <p>
          <button type="submit">{strings.postComment}</button>
        </p>
      </form>
    </section>
  );
}

type HeldViewProps = Pick<CommentsSectionProps, 'strings' | 'language' | 'timeZone' | 'articlePath'>;

/** One of the reader's own comments awaiting moderation, alone (for the page cache to place: held-placement.ts). */
export function HeldComment({ comment, props }: { comment: PublicComment; props: HeldViewProps }) {
  return <CommentView comment={comment} props={{ ...props, articleId: 0, count: 0, nodes: [], held: [], formToken: '' }} held />;
}

/** The reader's own new comments awaiting moderation, after the thread. */
function HeldComments({ comments, props }: { comments: PublicComment[]; props: HeldViewProps }) {
  if (comments.length === 0) return null;
  return (
    <div class="held-comments">
      {comments.map((comment) => (
        <HeldComment comment={comment} props={props} />
      ))}
    </div>
  );
}

/**
 * The form's signed token, placed last in the page and tied to the form by its `form`
 * attribute: a cached page then keeps every byte before it compressed once, and only this
 * short tail changes from one view to the next (cache/compress-page.ts).
 */
export function CommentFormToken({ comments }: { comments: CommentsSectionProps | undefined }) {
  if (!comments || comments.closed) return null;
  return <input type="hidden" name="formToken" form="comment-form" value={comments.formToken} />;
}

/** Earlier and later comment pages (and, on a thread's own page, the way back): plain links. */
function Pager({ pager, strings, end = false }: { pager: CommentPager | undefined; strings: Strings; end?: boolean }) {
  if (!pager || (!pager.earlier && !pager.later && !pager.all)) return null;
  return (
    <nav class="comment-pages" aria-label={end ? strings.commentPagesEnd : strings.commentPages}>
      {pager.all ? <a href={pager.all}>{strings.allComments}</a> : null}
      {pager.earlier ? (
        <a href={pager.earlier} rel="prev">
          {pager.thread !== undefined ? strings.earlierReplies : strings.earlierComments}
        </a>
      ) : null}
      {pager.later ? (
        <a href={pager.later} rel="next">
          {pager.thread !== undefined ? strings.laterReplies : strings.laterComments}
        </a>
      ) : null}
    </nav>
  );
}

/**
 * The approved comments of one comment page with its pagers: the region an article page keeps
 * between renders when no reader's held comments are in it (`heldReplies` empty), rendered with
 * renderRegion and placed by its `threadMarker`. Empty when the page has no comments.
 */
export function CommentThread({ props, heldReplies = new Map() }: { props: CommentsSectionProps; heldReplies?: Map<number, PublicComment[]> }) {
  if (props.nodes.length === 0) return null;
  return (
    <>
      <Pager pager={props.pager} strings={props.strings} />
      <Thread nodes={props.nodes} props={props} heldReplies={heldReplies} />
      <Pager pager={props.pager} strings={props.strings} end />
    </>
  );
}

export function CommentsSection(props: CommentsSectionProps) {
  const { strings } = props;
  // Held replies go under their parents; new comments, and replies whose parent is not shown, after the thread.
  const shown = idsIn(props.nodes);
  const heldReplies = new Map<number, PublicComment[]>();
  const topHeld: PublicComment[] = [];
  for (const comment of props.held) {
    if (comment.parentId !== null && shown.has(comment.parentId)) heldReplies.set(comment.parentId, [...(heldReplies.get(comment.parentId) ?? []), comment]);
    else topHeld.push(comment);
  }
  return (
    <section id="comments" class="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading" class="region-heading">
        {strings.comments}: {strings.commentCount(props.count)}
      </h2>
      {props.threadOmitted && props.count > 0 ? (
        <p class="comments-note">
          <a href={`${props.articlePath}#comments`}>{strings.readTheComments}</a>
        </p>
      ) : props.threadMarker ? (
        props.threadMarker
      ) : props.nodes.length > 0 ? (
        <CommentThread props={props} heldReplies={heldReplies} />
      ) : props.closed || topHeld.length > 0 ? null : (
        <p class="comments-note">{strings.noCommentsYet}</p>
      )}
      {props.personalSlot ?? <HeldComments comments={topHeld} props={props} />}
      {props.closed ? <p class="comments-closed">{props.closed}</p> : <CommentForm props={props} />}
    </section>
  );
}
