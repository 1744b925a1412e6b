// The comments service: posting (validation, closing rules, flood control, then the moderation
// pipeline; flood control's check and the insert are one transaction serialized per address
// across every process), threads for the article page, and the moderators' actions, each of
// which teaches the learning filter. Emails, addresses and user agents never leave through a
// public read.
import { AppError } from '../errors.ts';
import type { Clock } from '../clock.ts';
import type { ArticleService } from '../content/content.ts';
import type { Db } from '../db/database.ts';
import { serializedTransaction } from '../db/serialized-transaction.ts';
import type { Events } from '../events.ts';
import { type Page, type PageRequest, offsetOf, toPage } from '../pagination.ts';
import type { SettingsService, SiteSettings } from '../settings/site-settings.ts';
import { avatarHue } from './avatar.ts';
import { createCommentPages } from './comment-pages.ts';
import { type CommentPlace, type CommentRecord, type CommentStatus, type CommentSubmission, type PostOutcome, type PublicComment, limits } from './comment.ts';
import * as repo from './comment.repository.ts';
import { countLinks } from './comment-text.ts';
import { formTokenSigner, readFormToken, signFormToken } from './form-token.ts';
import { moderate } from './moderation/phases.ts';
import type { SpamFilter } from './moderation/spam-filter.service.ts';

export const floodIntervalMs = 15_000;
const hourlyLimit = 20;
const dayMs = 24 * 60 * 60 * 1000;

export type CommentService = ReturnType<typeof createCommentService>;

export function createCommentService({ db, clock, events, settings, articles, spamFilter }: { db: Db; clock: Clock; events: Events; settings: SettingsService; articles: ArticleService; spamFilter: SpamFilter }) {
  let secretPromise: Promise<string> | undefined;
  let signNow: ReturnType<typeof formTokenSigner> | undefined;
  const secret = () =>
    (secretPromise ??= settings.getOrCreateSecret('comments').then((value) => {
      signNow = formTokenSigner(value);
      return value;
    }));
  const pages = createCommentPages({ db, toPublic: (row) => toPublic(row) });
  const iso = (offsetMs = 0) => new Date(clock.now().getTime() + offsetMs).toISOString();

  async function toPublic(row: Omit<repo.PublicRow, 'avatar_hue'> & { author_email: string }): Promise<PublicComment> {
    return {
      id: row.id,
      articleId: row.article_id,
      parentId: row.parent_id,
      threadId: row.thread_id,
      status: row.status,
      authorName: row.author_name,
      authorUrl: row.author_url,
      body: row.body,
      createdAt: new Date(row.created_at),
      isStaff: row.staff_user_id !== null,
      avatarHue: avatarHue(await secret(), row.author_email),
    };
  }

  function closedReason(article: { commentsOpen: boolean; publishedAt: Date | null }, site: SiteSettings): string | undefined {
    if (!article.commentsOpen) return 'Comments are closed on this article.';
    const days = site.commentsCloseAfterDays;
    if (days && article.publishedAt && clock.now().getTime() - article.publishedAt.getTime() > days * dayMs) return `Comments close ${days} days after publication, so they are closed on this article.`;
    return undefined;
  }

  function validate(input: CommentSubmission): Partial<Record<'body' | 'name' | 'email' | 'url', string>> {
    const errors: Partial<Record<'body' | 'name' | 'email' | 'url', string>> = {};
    if (input.body.trim() === '') errors.body = 'Write your comment.';
    else if (input.body.length > limits.body) errors.body = `Keep your comment under ${limits.body} characters (it has ${input.body.length}).`;
    if (input.name.trim() === '') errors.name = 'Give your name.';
    else if (input.name.length > limits.name) errors.name = `Keep your name under ${limits.name} characters.`;
    if (input.email.trim() === '') errors.email = 'Give your email address. It will not be published.';
    else if (input.email.length > limits.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email.trim())) errors.email = 'That does not look like an email address.';
    if (input.url.trim() !== '') {
      let ok = false;
      try {
        const url = new URL(input.url.trim());
        ok = (url.protocol === 'http:' || url.protocol === 'https:') && input.url.length <= limits.url;
      } catch {
        ok = false;
      }
      if (!ok) errors.url = 'Give a web address starting with http:// or https://, or leave it empty.';
    }
    return errors;
  }

  /** Flood control: one comment per address every 15 s, `hourlyLimit` an hour; read through `conn` (db, or the posting transaction). */
  async function floodRefusal(conn: Db, ip: string): Promise<Extract<PostOutcome, { kind: 'refused' }> | undefined> {
    const recent = await repo.listRecentFromAddress(conn, ip, iso(-3_600_000), hourlyLimit);
    const nowMs = clock.now().getTime();
    const wait = recent[0] ? floodIntervalMs - (nowMs - Date.parse(recent[0])) : 0;
    if (wait > 0) return { kind: 'refused', code: 'TOO_FAST', message: `Please wait ${Math.ceil(wait / 1000)} seconds before posting another comment.`, retryAfterSeconds: Math.ceil(wait / 1000) };
    // The hourly budget frees up when the oldest of the last `hourlyLimit` comments turns an hour old.
    const oldestCounted = recent[hourlyLimit - 1];
    if (oldestCounted === undefined) return undefined;
    const retryAfterSeconds = Math.max(1, Math.ceil((Date.parse(oldestCounted) + 3_600_000 - nowMs) / 1000));
    return { kind: 'refused', code: 'RATE_LIMITED', message: 'Too many comments from your connection in the last hour. Please try again later.', retryAfterSeconds };
  }

  /** The parent a reply attaches to (replies deeper than the limit attach at the last level), and its thread. */
  async function attachParent(articleId: number, parentId: number, maxDepth: number): Promise<{ parentId: number; threadId: number } | undefined> {
    const chain: repo.CommentRow[] = [];
    let current = await repo.findRow(db, parentId);
    if (!current || current.article_id !== articleId || current.status !== 'approved') return undefined;
    while (current) {
      chain.unshift(current);
      current = current.parent_id ? await repo.findRow(db, current.parent_id) : undefined;
    }
    // chain[0] is the top-level comment (depth 1); a reply to chain[k] has depth k + 2.
    const top = chain[0]!;
    return { parentId: chain.length < maxDepth ? parentId : chain[maxDepth - 2]?.id ?? parentId, threadId: top.thread_id ?? top.id };
  }

  return {
    async formToken(articleId: number): Promise<string> {
      return signFormToken(await secret(), articleId, clock.now());
    },

    /** The same token without waiting, once the secret has been read (undefined until then). */
    formTokenNow(articleId: number): string | undefined {
      return signNow?.(articleId, clock.now().getTime());
    },

    closedReason,

    async post(input: CommentSubmission): Promise<PostOutcome> {
      const [article, site] = await Promise.all([articles.findPublishedArticleById(input.articleId), settings.getSiteSettings()]);
      if (!article) return { kind: 'refused', code: 'COMMENTS_CLOSED', message: 'There is no published article to comment on here.' };
      const closed = closedReason(article, site);
      if (closed) return { kind: 'refused', code: 'COMMENTS_CLOSED', message: closed };
      const errors = validate(input);
      if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };

      let parentId: number | null = null;
      let threadId: number | null = null;
      if (input.parentId !== null) {
        const attached = await attachParent(article.id, input.parentId, site.commentMaxDepth);
        if (attached === undefined) return { kind: 'refused', code: 'NO_SUCH_PARENT', message: 'The comment you are replying to is not available any more. Your comment is below: post it as a new comment instead.' };
        ({ parentId, threadId } = attached);
      }

      // Checked here so a flood is refused before any moderation work, and again below, with the insert.
      const early = await floodRefusal(db, input.ip);
      if (early) return early;

      const email = input.email.trim().toLowerCase();
      const authorUrl = input.url.trim() || null;
      const body = input.body.trim();
      const candidate = { body, authorName: input.name.trim(), authorUrl };
      const [duplicate, approvedBefore, filterScore] = await Promise.all([repo.hasDuplicate(db, article.id, body), repo.hasApprovedFrom(db, email), spamFilter.score(candidate)]);
      const decision = moderate({
        ...candidate,
        honeypot: input.honeypot,
        now: clock.now(),
        formServedAt: readFormToken(await secret(), article.id, input.formToken) ?? null,
        duplicate,
        approvedBefore,
        linkCount: countLinks(body),
        filter: { probability: filterScore.probability, evidence: filterScore.evidence.map((e) => e.token), trained: filterScore.trained },
        settings: { policy: site.commentPolicy, disallowedWords: site.commentDisallowedWords, maxLinks: site.commentMaxLinks },
      });
      // The check and the insert as one step across every process on the database (two workers
      // must not each accept a comment from one address within 15 s).
      const posted = await serializedTransaction(db, `comment-flood:${input.ip}`, async (trx) => {
        const refused = await floodRefusal(trx, input.ip);
        if (refused) return refused;
        const now = iso();
        return repo.insertComment(trx, {
          article_id: article.id,
          parent_id: parentId,
          thread_id: threadId,
          status: decision.status,
          author_name: candidate.authorName,
          author_email: email,
          author_url: authorUrl,
          body,
          ip: input.ip,
          user_agent: input.userAgent.slice(0, 500),
          staff_user_id: null,
          reasons: JSON.stringify(decision.reasons),
          spam_score: filterScore.probability,
          learned_as: null,
          created_at: now,
          status_changed_at: now,
          edited_at: null,
        });
      });
      if (typeof posted !== 'number') return posted; // another process's comment from this address got in first
      const id = posted;
      await events.emit('comment.posted', { commentId: id, articleId: article.id, status: decision.status });
      const [row] = await repo.listRowsByIds(db, [id]);
      return { kind: 'accepted', comment: await toPublic(row!), reasons: decision.reasons };
    },

    /** A page of an article's approved comments (comment-pages.ts): undefined when its cursor names none of them. */
    page: (articleId: number, place: CommentPlace, threads: number) => pages.page(articleId, place, threads),

    /** The article and comment page that show a comment (a held reply: where its parent is). */
    locate: (id: number, threads: number) => pages.locate(id, threads),

    /** One approved comment of the article, to reply to. */
    async findApproved(articleId: number, id: number): Promise<PublicComment | undefined> {
      const [row] = await repo.listRowsByIds(db, [id]);
      return row && row.article_id === articleId && row.status === 'approved' ? toPublic(row) : undefined;
    },

    /** Comments this reader posted that still await moderation (ids from their signed cookie). */
    async heldFor(articleId: number, ids: number[]): Promise<PublicComment[]> {
      const rows = await repo.listRowsByIds(db, ids.slice(0, 20));
      // Spam is shown to its writer as awaiting moderation too: a bot learns nothing, a person
      // wrongly caught sees their words are safe.
      return Promise.all(rows.filter((row) => row.article_id === articleId && (row.status === 'pending' || row.status === 'spam')).map(toPublic));
    },

    countApproved: (articleId: number) => repo.countApproved(db, articleId),
    countPending: () => repo.countByStatus(db, 'pending'),
    countEachStatus: (articleId?: number) => repo.countEachStatus(db, articleId),

    async queue(filter: repo.QueueFilter, request: PageRequest): Promise<Page<CommentRecord>> {
      const [rows, total] = await Promise.all([repo.listQueueRows(db, filter, request.pageSize, offsetOf(request)), repo.countQueue(db, filter)]);
      const items = await Promise.all(
        rows.map(async (row) => ({
          ...(await toPublic(row)),
          authorEmail: row.author_email,
          ip: row.ip,
          userAgent: row.user_agent,
          reasons: JSON.parse(row.reasons) as string[],
          spamScore: row.spam_score,
          articleHeadline: row.article_headline,
        })),
      );
      return toPage(items, request, total);
    },

    /**
     * A moderator's decision. Approve teaches the learning filter "ham", spam teaches "spam";
     * a reversed decision first unlearns the earlier lesson. Trash and pending teach nothing.
     */
    async setStatus(id: number, to: CommentStatus): Promise<void> {
      const row = await repo.findRow(db, id);
      if (!row || row.status === to) return;
      const sample = { body: row.body, authorName: row.author_name, authorUrl: row.author_url };
      const lesson = row.staff_user_id !== null ? null : to === 'approved' ? 'ham' : to === 'spam' ? 'spam' : null;
      const learnedAs = lesson ?? row.learned_as;
      await repo.updateStatus(db, id, to, iso(), learnedAs);
      if (lesson && row.learned_as !== lesson) {
        if (row.learned_as) await spamFilter.unlearn(sample, row.learned_as);
        await spamFilter.learn(sample, lesson);
      }
      await events.emit('comment.moderated', { commentId: id, articleId: row.article_id, from: row.status, to });
    },

    /** A moderator's edit; a lesson the filter took from the old words is retaken from the new. */
    async edit(id: number, body: string): Promise<void> {
      const text = body.trim();
      if (text === '' || text.length > limits.body) throw new Error(`A comment must have 1 to ${limits.body} characters.`);
      const row = await repo.findRow(db, id);
      if (!row) return;
      if (row.learned_as) await spamFilter.unlearn({ body: row.body, authorName: row.author_name, authorUrl: row.author_url }, row.learned_as);
      await repo.updateBody(db, id, text, iso());
      if (row.learned_as) await spamFilter.learn({ body: text, authorName: row.author_name, authorUrl: row.author_url }, row.learned_as);
      await events.emit('comment.moderated', { commentId: id, articleId: row.article_id, from: row.status, to: row.status });
    },

    /** The newsroom replies as itself: approved at once, shown with a staff badge. */
    async replyAsStaff(parentId: number, body: string, staff: { userId: number; name: string; email: string }): Promise<number> {
      const parent = await repo.findRow(db, parentId);
      if (!parent) throw new AppError('NOT_FOUND', `There is no comment with id ${parentId} to reply to.`);
      const site = await settings.getSiteSettings();
      const attached = (await attachParent(parent.article_id, parentId, site.commentMaxDepth)) ?? { parentId, threadId: parent.thread_id ?? parent.id };
      const now = iso();
      const id = await repo.insertComment(db, {
        article_id: parent.article_id, parent_id: attached.parentId, thread_id: attached.threadId, status: 'approved', author_name: staff.name, author_email: staff.email, author_url: null, body: body.trim(),
        ip: null, user_agent: null, staff_user_id: staff.userId, reasons: '[]', spam_score: null, learned_as: null, created_at: now, status_changed_at: now, edited_at: null,
      });
      await events.emit('comment.posted', { commentId: id, articleId: parent.article_id, status: 'approved' });
      return id;
    },

    /** Forget addresses and user agents past retention; empty trash older than 30 days. */
    async purge(): Promise<{ forgotten: number; deleted: number }> {
      const site = await settings.getSiteSettings();
      const forgotten = await repo.purgeTrackingBefore(db, iso(-site.commentRetentionDays * dayMs));
      const deleted = await repo.deleteTrashBefore(db, iso(-30 * dayMs));
      return { forgotten, deleted };
    },

    findRecord: (id: number) => repo.findRow(db, id),
  };
}
