// GET /admin/media/search?q=…&before=…&limit=…: library images whose filename, alt text, caption
// or credit match, newest first, a few at a time by keyset, as JSON, for the editor's image
// picker (assets/editor-images.js). The query is checked against a schema; a bad one is a 400
// with a message. Who may use the library (media.upload) may search it; it changes nothing.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { thumbnailUrl } from '../../media/media.ts';
import { requirePermission } from '../admin-context.ts';

export const maxMediaQueryLength = 200;

const searchQuery = z
  .object({
    q: z.string().max(maxMediaQueryLength, `Type at most ${maxMediaQueryLength} characters.`).optional(),
    before: z.string().regex(/^\d{1,15}-\d{1,12}$/, 'That position in the library is not one this site gave out.').optional(),
    limit: z.string().regex(/^([1-9]|[1-4]\d|50)$/, 'Ask for 1 to 50 images at a time.').optional(),
  })
  .strict();

function problem(issue: z.core.$ZodIssue): string {
  return issue.code === 'unrecognized_keys' ? 'This search takes only q, before and limit.' : issue.message;
}

export function registerMediaSearchRoutes(app: FastifyInstance, context: AppContext): void {
  const { media } = context.services;
  app.get('/media/search', async (request, reply) => {
    requirePermission(request, 'media.upload');
    const parsed = searchQuery.safeParse(request.query ?? {});
    if (!parsed.success) return reply.code(400).send({ error: 'QUERY_INVALID', message: problem(parsed.error.issues[0]!) });
    const { q, before, limit } = parsed.data;
    const found = await media.searchMedia({ ...(q?.trim() && { query: q.trim() }), ...(before && { before }), limit: limit ? Number(limit) : 12 });
    return reply.send({
      items: found.items.map((item) => ({ id: item.id, url: item.fallbackUrl, thumbnailUrl: thumbnailUrl(item), filename: item.originalFilename, alt: item.alt, caption: item.caption, credit: item.credit, width: item.width, height: item.height })),
      older: found.older ?? null,
    });
  });
}
