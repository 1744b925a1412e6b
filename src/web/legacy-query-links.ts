// Old links of the ?p=123 kind (WordPress answers ?p=, ?page_id=, ?attachment_id=, ?cat=, ?tag=,
// ?author= and ?feed= on its front page): a 301 to where the record lives now, before the front
// page or its cached copy could answer. Imports store them in redirects as "/?p=123".
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { resolveRedirect } from './redirect-resolver.ts';

const keys = ['p', 'page_id', 'attachment_id', 'cat', 'tag', 'author'];

/** Whether a request could be such an old link: the cache-hit fast path leaves these to the hook. */
export function mayBeLegacyQueryLink(url: string): boolean {
  const question = url.indexOf('?');
  if (question < 0) return false;
  const path = url.slice(0, question);
  if (path !== '/' && path !== '/index.php') return false;
  const params = new URLSearchParams(url.slice(question + 1));
  return params.has('feed') || keys.some((key) => params.has(key));
}

export function registerLegacyQueryLinks(app: FastifyInstance, context: AppContext): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const [path, query] = request.url.split('?', 2);
    if (!query || (path !== '/' && path !== '/index.php')) return;
    const params = new URLSearchParams(query);
    if (params.has('feed')) return reply.redirect('/feed.xml', 301);
    for (const key of keys) {
      const value = params.get(key);
      if (value === null) continue;
      const target = await resolveRedirect(context, `/?${key}=${encodeURIComponent(value)}`);
      if (target) return reply.redirect(target, 301);
    }
  });
}
