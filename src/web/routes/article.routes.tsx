// The article page. Articles are found by slug (unique site-wide); a request whose section or
// date part is not the article's current one gets a 301 to the canonical path, so a moved
// article keeps every old link working. The page is public and cached (page-cache-hooks.ts): a
// reader's own comments awaiting moderation are spliced in for them alone. Only a page showing a
// reader's refused form again is rendered for that reader and never cached. Rendered pages reuse
// kept regions (cache/fragment-memo.ts): the article by slug, its related list and notes, the
// story and each comment page's thread, each under the keys the page declares for it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import type { CommentNode, PublicComment } from '../../comments/comments.ts';
import { formTokenPlaceholder, personalMarker } from '../../cache/page-cache.ts';
import { publicPageCache } from '../../cache/http-cache.ts';
import type { Article } from '../../content/content.ts';
import { heldCommentIds } from '../held-comments.ts';
import { articleKeys, dependsOn, summaryKeys } from '../page-keys.ts';
import { relatedShown } from '../cache-invalidation.ts';
import { hasPublicHistory, historyPath } from '../history-policy.ts';
import type { PublicSite } from '../public-site.ts';
import { CommentThread, type CommentFormState, type CommentsSectionProps } from '../views/components/comments-section.tsx';
import { type KeptRegion, renderRegion } from '../render.ts';
import { ArticlePage, ArticleStory } from '../views/pages/article-page.tsx';
import type { CommentPage, CommentPlace } from '../../comments/comment.ts';
import { type CommentPageQuery, commentIdOf, commentPageHref, commentPlaceOf, pagerOf } from '../comment-page-query.ts';

type ArticleParams = { Params: { section: string; year: string; month: string; day: string; slug: string }; Querystring: CommentPageQuery & { replyto?: string } };
export type PublishedArticle = Article & { path: string; publishedAt: Date };

export interface ArticleView {
  /** Which page of the comments (comment-page-query.ts); the first when absent. */
  place?: CommentPlace;
  form?: CommentFormState;
  replyTo?: number;
  status?: number;
  /**
   * Without the comment thread and related stories: the answer to a post refused for coming too
   * fast (before flood-gate.ts answers that address from memory). 2.1 ms of CPU instead of 3.8 on
   * an article with 50 comments, and no more for one with thousands.
   */
  light?: boolean;
  /** The fragment memo's ticket, taken before `article` was read: without it, no region built from the article is kept. */
  memoTicket?: number;
}

/** Renders an article page; also used to show the comment form again with the reader's text. */
export async function renderArticle(context: AppContext, site: PublicSite, request: FastifyRequest, reply: FastifyReply, article: PublishedArticle, view: ArticleView = {}) {
  const { services } = context;
  // A refused comment comes back on a page of the reader's own, with their held comments in it.
  const personal = view.form !== undefined;
  const held = personal ? heldCommentIds(request) : [];
  // A reader with comments awaiting moderation sees them in the thread, light or not.
  const light = view.light === true && held.length === 0;
  const place = view.place ?? { kind: 'first' };
  // The thread region of a page every reader sees alike is kept between renders (cache/fragment-memo.ts), dropped by the page's own purges.
  const ticket = view.memoTicket;
  const settings = await services.settings.getSiteSettings();
  const closed = services.comments.closedReason(article, settings);
  const threadName = ticket !== undefined && !personal && !light && held.length === 0 ? threadMemoName(article.id, place, closed, settings) : undefined;
  const kept = threadName === undefined ? undefined : site.fragments.get<KeptThread>(threadName);
  // The story between the chrome and the comments, kept with the page's keys but its comments'; when kept, its picture's library item is not read.
  const storyName = `story:${article.id}:${light ? 'light' : 'full'}`;
  let storyRegion = ticket === undefined ? undefined : site.fragments.get<KeptRegion>(storyName);
  const [ctx, [seeAlso, ...related], featuredMedia, thread, heldComments, notes] = await Promise.all([
    site.pageContext(request, article.section.slug),
    light ? [] : site.fragments.remember(`related:${article.id}`, (stories) => [`r:${article.id}`, ...summaryKeys(stories)], () => services.articles.findRelated(article, relatedShown), (stories) => 1000 * stories.length).then((stories) => stories ?? []),
    article.featuredImage && !storyRegion ? services.media.findMediaByUrl(article.featuredImage.url) : undefined,
    kept ? ({ count: kept.count, nodes: [] } satisfies CommentPage) : light ? services.comments.countApproved(article.id).then((count): CommentPage => ({ count, nodes: [] })) : services.comments.page(article.id, place, context.config.commentsPerPage),
    held.length > 0 ? services.comments.heldFor(article.id, held) : [],
    site.fragments.remember(`notes:${article.id}`, () => [`a:${article.id}`], () => services.corrections.listNotes(article.id), (notes) => 200 + notes.reduce((sum, note) => sum + note.note.length, 0)).then((notes) => notes ?? []),
  ]);
  // A cursor that names no comment of this article's list: no such page.
  if (!thread) return site.notFound(request, reply);
  const history = hasPublicHistory(ctx.site.publicHistory, article, notes) ? historyPath(article.path) : undefined;
  const replyTo = view.replyTo ? (findInThread(thread.nodes, view.replyTo) ?? (await services.comments.findApproved(article.id, view.replyTo))) : undefined;
  reply.header('cache-control', personal ? 'private, no-store' : publicPageCache);
  const threadKeys = [`c:${article.id}`, `a:${article.id}`, 'settings'];
  dependsOn(request, ...articleKeys(article), ...threadKeys, `r:${article.id}`, ...summaryKeys(seeAlso ? [seeAlso, ...related] : related));
  const comments: CommentsSectionProps = {
    articleId: article.id,
    articlePath: article.path,
    strings: ctx.strings,
    language: ctx.site.language,
    timeZone: ctx.site.timeZone,
    count: thread.count,
    nodes: thread.nodes,
    pagePath: commentPageHref(article.path, place),
    pager: pagerOf(article.path, thread),
    held: heldComments,
    ...(!personal && { personalSlot: personalMarker }),
    // Filled with a freshly signed token as the page is sent (public-site.ts), cached or not.
    formToken: formTokenPlaceholder(article.id),
    ...(closed && { closed }),
    ...(replyTo && { replyTo }),
    ...(view.form && { form: view.form }),
    ...(light && { threadOmitted: true }),
  };
  let region = kept?.region;
  if (!region && threadName !== undefined) {
    region = renderRegion(<CommentThread props={comments} />);
    site.fragments.keep(threadName, threadKeys, { count: thread.count, region } satisfies KeptThread, region.bytes.length, ticket!);
  }
  // An empty thread (no comments on this page) leaves the section its own note.
  if (region && thread.count > 0 && region.bytes.length > 0) comments.threadMarker = region.marker;
  const story = { ctx, article, ...(seeAlso && { seeAlso }), related, featuredMedia, notes, historyPath: history };
  if (!storyRegion && ticket !== undefined) {
    storyRegion = renderRegion(<ArticleStory {...story} />);
    site.fragments.keep(storyName, [...articleKeys(article), `a:${article.id}`, `r:${article.id}`, ...summaryKeys(seeAlso ? [seeAlso, ...related] : related), 'settings', 'nav'], storyRegion, storyRegion.bytes.length, ticket);
  }
  const regions = [...(storyRegion ? [storyRegion] : []), ...(comments.threadMarker ? [region!] : [])];
  return site.sendPage(reply, <ArticlePage {...story} comments={comments} {...(storyRegion && { storyMarker: storyRegion.marker })} />, view.status ?? 200, regions);
}

/** A comment page's thread region as kept: the count for the heading, the rendered comments and pagers. */
type KeptThread = { count: number; region: KeptRegion };

/** One kept thread per article, comment page, open or closed (the reply links), language and time zone (the dates). */
function threadMemoName(articleId: number, place: CommentPlace, closed: string | undefined, site: { language: string; timeZone: string }): string {
  const at = place.kind === 'first' ? '' : place.kind === 'thread' ? `t${place.thread}.${place.after ?? ''}` : `${place.kind[0]}${place.id}`;
  return `thread:${articleId}:${at}:${closed === undefined ? 'open' : 'closed'}:${site.language}:${site.timeZone}`;
}

function findInThread(nodes: CommentNode[], id: number): PublicComment | undefined {
  for (const node of nodes) {
    if (node.comment.id === id) return node.comment;
    const found = findInThread(node.replies, id);
    if (found) return found;
  }
  return undefined;
}

export function registerArticleRoutes(app: FastifyInstance, context: AppContext, site: PublicSite): void {
  app.get<ArticleParams>('/:section/:year/:month/:day/:slug', async (request, reply) => {
    // Kept by slug with the article's own keys: an edit, a move or unpublishing drops it.
    const { slug } = request.params;
    const memoTicket = site.fragments.ticket();
    const article = await site.fragments.remember(`article:${slug}`, articleKeys, () => context.services.articles.findPublishedArticle(slug), (found) => 2000 + found.bodyHtml.length + found.bodyMarkdown.length);
    if (!article || !article.path || !article.publishedAt) return site.notFound(request, reply);
    const requested = request.url.split('?')[0]!.replace(/\/+$/, '');
    if (requested !== article.path) return reply.redirect(article.path, 301);
    const place = commentPlaceOf(request.query);
    const replyTo = Number(request.query.replyto);
    return renderArticle(context, site, request, reply, { ...article, path: article.path, publishedAt: article.publishedAt }, { place, memoTicket, ...(Number.isInteger(replyTo) && replyTo > 0 && { replyTo }) });
  });

  // A comment's permalink: the comment page that shows it (moderation emails, shared links).
  app.get<{ Params: { id: string } }>('/comments/:id', async (request, reply) => {
    const id = commentIdOf(request.params.id, 'comment');
    const found = await context.services.comments.locate(id, context.config.commentsPerPage);
    const article = found && (await context.services.articles.findPublishedArticleById(found.articleId));
    if (!found || !article?.path) return site.notFound(request, reply);
    return reply.redirect(`${commentPageHref(article.path, found.place)}#comment-${id}`, 302);
  });
}
