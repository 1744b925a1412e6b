// buildApp(config): the composition root. Creates the app context (database, services), the
// Fastify instance (one log line per request, see request-log.ts), and registers the public site as its own
// scope and the newsroom admin as another, under /admin. Never listens: server.ts does that, tests use inject().
import Fastify, { type FastifyInstance } from 'fastify';
import { type AppContext, type ContextOptions, createAppContext } from './app-context.ts';
import { createPageCache, type PageCache } from './cache/page-cache.ts';
import type { Config } from './config/config.ts';
import { OneLinePerRequest } from './request-log.ts';
import { adminScope } from './admin/admin-scope.ts';
import { publicSite } from './web/public-site.ts';
import { registerMedia } from './web/media.ts';

declare module 'fastify' {
  interface FastifyInstance {
    byline: AppContext;
    pageCache: PageCache;
  }
}

export interface AppOptions extends ContextOptions {
  /** Pino options or false; defaults to the configured level on stdout. */
  logger?: boolean | Record<string, unknown>;
}

export async function buildApp(config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const context = await createAppContext(config, options);
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    logController: new OneLinePerRequest(),
    trustProxy: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  app.decorate('byline', context);
  app.addHook('onClose', async () => context.close());

  await app.register(registerMedia, { dataDir: config.dataDir });
  // Side effects that keep the page cache true: any change readers could see empties it.
  const pageCache = createPageCache({ clock: context.clock });
  for (const event of ['article.saved', 'article.unpublished', 'related.changed', 'site.changed', 'comment.moderated'] as const) context.events.on(event, () => pageCache.clear());
  context.events.on('comment.posted', ({ status }) => {
    if (status === 'approved') pageCache.clear();
  });
  app.decorate('pageCache', pageCache);
  await app.register(publicSite, { context, pageCache });
  await app.register(adminScope, { context, prefix: '/admin' });
  return app;
}
