// GET /admin/articles/lookup?q=…: published stories matching a search, as JSON, for the editor's
// "See also" button (assets/markdown-toolbar.js). Anyone who may write an article may look.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { maxQueryLength } from '../../discovery/search/search.ts';
import { requirePermission } from '../admin-context.ts';

const resultsShown = 8;

export function registerArticleLookupRoutes(app: FastifyInstance, context: AppContext): void {
  const { search } = context.services;
  app.get<{ Querystring: { q?: unknown } }>('/articles/lookup', async (request, reply) => {
    requirePermission(request, 'article.create');
    const q = request.query.q;
    if (typeof q !== 'string' || q.trim() === '' || q.length > maxQueryLength) return reply.code(400).send({ error: 'QUERY_INVALID', message: `Type between 1 and ${maxQueryLength} characters.` });
    const outcome = await search.search(q, {}, { page: 1, pageSize: resultsShown });
    if (!outcome.ok) return reply.code(400).send({ error: 'QUERY_INVALID', message: 'That search could not be understood; try other words.' });
    return reply.send({ results: outcome.results.items.map(({ article }) => ({ id: article.id, headline: article.headline, path: article.path, section: article.section.name })) });
  });
}
