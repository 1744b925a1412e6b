// A reader's own comments awaiting moderation, as small HTML fragments the page cache places in
// an article page for that reader alone (the ids come from their signed cookie; where each goes:
// held-placement.ts). Everyone else, and this reader on other articles, gets the shared page.
import type { FastifyRequest } from 'fastify';
import { render } from 'preact-render-to-string';
import type { AppContext } from '../app-context.ts';
import { heldCommentIds } from './held-comments.ts';
import type { HeldItem } from './held-placement.ts';
import { stringsFor } from './strings.ts';
import { HeldComment } from './views/components/comments-section.tsx';

export async function heldFragment({ services }: AppContext, request: FastifyRequest, articleId: number): Promise<HeldItem[]> {
  const ids = heldCommentIds(request);
  if (ids.length === 0) return [];
  // Oldest first, as the thread is.
  const held = (await services.comments.heldFor(articleId, ids)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  if (held.length === 0) return [];
  const site = await services.settings.getSiteSettings();
  const props = { strings: stringsFor(site.language), language: site.language, timeZone: site.timeZone, articlePath: '' };
  return held.map((comment) => ({ parentId: comment.parentId, html: render(<HeldComment comment={comment} props={props} />) }));
}
