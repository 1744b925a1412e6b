// A reader's own comments awaiting moderation, as the small HTML fragment the page cache splices
// into an article page for that reader alone (the ids come from their signed cookie). Everyone
// else, and this reader on other articles, gets the shared cached page.
import type { FastifyRequest } from 'fastify';
import { render } from 'preact-render-to-string';
import type { AppContext } from '../app-context.ts';
import { heldCommentIds } from './held-comments.ts';
import { stringsFor } from './strings.ts';
import { HeldComments } from './views/components/comments-section.tsx';

export async function heldFragment({ services }: AppContext, request: FastifyRequest, articleId: number): Promise<string> {
  const ids = heldCommentIds(request);
  if (ids.length === 0) return '';
  const held = await services.comments.heldFor(articleId, ids);
  if (held.length === 0) return '';
  const site = await services.settings.getSiteSettings();
  return render(<HeldComments comments={held} props={{ strings: stringsFor(site.language), language: site.language, timeZone: site.timeZone, articlePath: '' }} />);
}
