// Editors' say over an article's related stories: pin one (by its address, slug or id),
// exclude one, or clear either. Needs the right to edit the article.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { canEditArticle } from '../../content/content.ts';
import { AppError } from '../../errors.ts';
import { requireViewer, seeOther } from '../admin-context.ts';

type Body = Record<string, string | undefined>;

export function registerRelatedRoutes(app: FastifyInstance, context: AppContext): void {
  const { articles, related } = context.services;

  /** "42", "talks-resume" or "https://…/world/2026/11/28/talks-resume" → a published article's id. */
  async function resolve(reference: string): Promise<number | undefined> {
    const text = reference.trim();
    if (/^\d+$/.test(text)) return (await articles.findPublishedArticleById(Number(text)))?.id;
    const slug = text.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '';
    return slug ? (await articles.findPublishedArticle(slug))?.id : undefined;
  }

  app.post<{ Params: { id: string }; Body: Body }>('/articles/:id/related', async (request, reply) => {
    const viewer = requireViewer(request);
    const article = await articles.getArticle(Number(request.params.id) || 0).catch(() => undefined);
    if (!article) throw new AppError('NOT_FOUND', 'There is no such article.');
    if (!canEditArticle(viewer, article)) throw new AppError('FORBIDDEN', 'Your role does not allow editing this article.');
    const { action = '', related: reference = '' } = request.body ?? {};
    const relatedId = await resolve(reference);
    const back = `/admin/articles/${article.id}/edit`;
    if (relatedId === undefined || relatedId === article.id) {
      return seeOther(reply, `${back}?related_error=${encodeURIComponent(reference.slice(0, 200))}#related-panel-heading`);
    }
    if (action === 'pin') await related.pinRelated(article.id, relatedId);
    else if (action === 'exclude') await related.excludeRelated(article.id, relatedId);
    else if (action === 'clear') await related.clearPin(article.id, relatedId);
    else throw new AppError('VALIDATION_FAILED', 'Choose pin, exclude or clear.');
    return seeOther(reply, `${back}?saved=related#related-panel-heading`);
  });
}
