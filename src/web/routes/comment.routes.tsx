// Posting a comment: a plain HTML form, no JavaScript. A bad field brings the article back with
// everything the reader typed and the message beside the field; success is a 303 to the new
// comment (or to the "awaiting moderation" notice). Cross-site posts are refused by checking
// the request's Origin (or Referer) against the host it was sent to, which keeps pages cacheable.
// A flood (an address refused for posting too fast, again and again) is answered from memory
// with a short 429 and Retry-After (flood-gate.ts); the first refusals keep the reader's text.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { createFloodGate } from '../flood-gate.ts';
import { rememberHeldComment } from '../held-comments.ts';
import type { PublicSite } from '../public-site.ts';
import type { CommentNode, CommentPlace, PublicComment } from '../../comments/comment.ts';
import { commentPageHref, commentPlaceOf } from '../comment-page-query.ts';
import { renderArticle } from './article.routes.tsx';

type Body = Record<string, string | undefined>;

function sameOrigin(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return false;
  const source = (request.headers.origin as string | undefined) ?? (request.headers.referer as string | undefined);
  if (!source || source === 'null') return false;
  try {
    return new URL(source).host === request.host;
  } catch {
    return false;
  }
}

/** The comment page named by the form's commentPage field, if it shows this comment (or, held, its parent or the held slot every page has). */
async function pageShowing(context: AppContext, articleId: number, field: string | undefined, comment: PublicComment): Promise<CommentPlace | undefined> {
  let place: CommentPlace;
  try {
    place = commentPlaceOf(Object.fromEntries(new URLSearchParams(field ?? '')));
  } catch {
    return undefined;
  }
  const page = await context.services.comments.page(articleId, place, context.config.commentsPerPage);
  if (!page) return undefined;
  if (comment.status !== 'approved' && comment.parentId === null) return place;
  const wanted = comment.status === 'approved' ? comment.id : comment.parentId;
  const holds = (nodes: CommentNode[]): boolean => nodes.some((node) => node.comment.id === wanted || holds(node.replies));
  return holds(page.nodes) ? place : undefined;
}

const statusFor: Record<string, number> = { COMMENTS_CLOSED: 403, TOO_FAST: 429, RATE_LIMITED: 429, NO_SUCH_PARENT: 409 };

export function registerCommentRoutes(app: FastifyInstance, context: AppContext, site: PublicSite): void {
  const secure = context.config.baseUrl.startsWith('https:');
  const floodGate = createFloodGate({ clock: context.clock });

  app.post<{ Body: Body }>('/comments', async (request, reply) => {
    const wait = floodGate.waiting(request.ip);
    if (wait !== undefined) {
      return reply.code(429).header('retry-after', String(wait)).header('cache-control', 'private, no-store').type('text/plain; charset=utf-8').send(`Please wait ${wait} seconds before posting another comment.`);
    }
    const body = request.body ?? {};
    const articleId = Number(body.articleId);
    const article = Number.isInteger(articleId) && articleId > 0 ? await context.services.articles.findPublishedArticleById(articleId) : undefined;
    if (!article?.path || !article.publishedAt) return site.notFound(request, reply);
    const published = { ...article, path: article.path, publishedAt: article.publishedAt };
    const values = { body: body.body ?? '', name: body.name ?? '', email: body.email ?? '', url: body.url ?? '' };
    const parentId = Number(body.parentId) > 0 ? Number(body.parentId) : null;
    // Refused for coming too fast (a flood's every post but the first), the form comes back on
    // the article without its thread; a reply keeps the thread, to show what it answers.
    const again = (form: { errors: Record<string, string>; message?: string }, status: number) =>
      renderArticle(context, site, request, reply, published, { form: { values, ...form }, status, light: status === 429 && !parentId, ...(parentId && { replyTo: parentId }) });

    if (!sameOrigin(request)) return again({ errors: {}, message: 'This comment did not come from a page of this site, so it was not posted. Your text is below: post it from here.' }, 403);

    const outcome = await context.services.comments.post({
      articleId,
      parentId,
      ...values,
      honeypot: body.website_confirm ?? '',
      formToken: body.formToken ?? '',
      ip: request.ip,
      userAgent: (request.headers['user-agent'] as string | undefined) ?? '',
    });
    if (outcome.kind === 'invalid') return again({ errors: outcome.errors as Record<string, string> }, 400);
    if (outcome.kind === 'refused') {
      if ('retryAfterSeconds' in outcome) {
        floodGate.refused(request.ip, outcome.retryAfterSeconds);
        reply.header('retry-after', String(outcome.retryAfterSeconds));
      }
      return again({ errors: {}, message: outcome.message }, statusFor[outcome.code] ?? 403);
    }
    const { comment } = outcome;
    if (comment.status !== 'approved') rememberHeldComment(request, reply, comment.id, secure);
    // Back to the comment page the reader posted from when it shows the comment (a held reply:
    // its parent), else to the page that does. The c= query makes a URL the browser has not
    // cached, so the reader sees their comment at once.
    const place = (await pageShowing(context, articleId, body.commentPage, comment)) ?? (await context.services.comments.locate(comment.id, context.config.commentsPerPage))?.place ?? { kind: 'first' as const };
    const page = commentPageHref(published.path, place);
    return reply.redirect(`${page}${page.includes('?') ? '&' : '?'}c=${comment.id}#comment-${comment.id}`, 303);
  });
}
