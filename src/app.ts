// buildApp(config): the composition root. Creates the app context (database, services), the
// Fastify instance (one log line per request, see request-log.ts), the page cache and the bus
// that keeps it true across instances, and registers the public site as its own scope and the
// newsroom admin as another, under /admin. Never listens: server.ts does that, tests use inject().
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import { type AppContext, type ContextOptions, createAppContext } from './app-context.ts';
import { createClusterBus } from './cache/invalidation-bus.cluster.ts';
import { createLocalBus, type InvalidationBus } from './cache/invalidation-bus.ts';
import { createFragmentMemo } from './cache/fragment-memo.ts';
import { createPageCache, type PageCache } from './cache/page-cache.ts';
import type { Config } from './config/config.ts';
import { OneLinePerRequest } from './request-log.ts';
import { refuseNulInAddress } from './request-shape.ts';
import { adminScope } from './admin/admin-scope.ts';
import { type CacheInvalidation, subscribeCacheInvalidation } from './web/cache-invalidation.ts';
import { createCacheFastPath } from './web/cache-fast-path.ts';
import { publicSite } from './web/public-site.ts';
import { registerMedia } from './web/media.ts';
import { securityHeadersFor } from './web/security-headers.ts';
import { type HealthState, registerHealthRoutes } from './health/health.routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    byline: AppContext;
    pageCache: PageCache;
    cacheInvalidation: CacheInvalidation;
    health: HealthState;
  }
}

export interface AppOptions extends ContextOptions {
  /** Pino options or false; defaults to the configured level on stdout. */
  logger?: boolean | Record<string, unknown>;
}

async function createBus(config: Config, options: AppOptions, onError: (error: unknown) => void): Promise<InvalidationBus> {
  if (config.database.dialect === 'postgres') return (await import('./cache/invalidation-bus.postgres.ts')).createPostgresBus({ connectionString: config.database.connectionString, ...(options.searchPath && { searchPath: options.searchPath }), onError });
  return cluster.isWorker ? createClusterBus() : createLocalBus();
}

export async function buildApp(config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const context = await createAppContext(config, options);
  let answerFromCache: ReturnType<typeof createCacheFastPath> = () => false;
  const app = Fastify({
    serverFactory: (handler) => createServer((request, response) => answerFromCache(request, response) || handler(request, response)),
    logger: options.logger ?? { level: config.logLevel },
    logController: new OneLinePerRequest(),
    trustProxy: config.trustProxy,
    // While closing, a request on a kept-alive connection is still served (with Connection: close), not refused.
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  app.addHook('onRequest', refuseNulInAddress);
  app.decorate('byline', context);
  const health: HealthState = { draining: false };
  app.decorate('health', health);
  await app.register(registerHealthRoutes, { context, state: health });

  // One set of security headers for this configuration, shared by media, the fast path and the site.
  const securityHeaders = securityHeadersFor(config.baseUrl);
  await app.register(registerMedia, { dataDir: config.dataDir, securityHeaders });
  const pageCache = createPageCache({ clock: context.clock, maxBytes: config.pageCacheBytes, onError: (error) => app.log.error({ err: error }, 'compressing a cached page failed') });
  // Rendered regions (comment threads, header, footer) for pages the page cache does not answer; kept true by the same purges.
  const fragments = createFragmentMemo({ clock: context.clock, maxBytes: config.fragmentMemoBytes });
  const bus = await createBus(config, options, (error) => app.log.warn({ err: error }, 'page cache invalidation bus'));
  const { settings, taxonomy, navigation } = context.services;
  const cacheInvalidation = subscribeCacheInvalidation({
    context,
    pageCache,
    bus,
    forgetCopies: (keys) => {
      fragments.purge(keys);
      if (keys.includes('*') || keys.includes('settings')) settings.forget();
      if (keys.includes('*') || keys.some((key) => key === 'nav' || key.startsWith('s:'))) {
        taxonomy.forgetSections();
        navigation.forget();
      }
    },
  });
  app.addHook('onClose', async () => {
    await bus.close();
    await context.close();
  });
  app.decorate('pageCache', pageCache);
  answerFromCache = createCacheFastPath({ pageCache, securityHeaders, formTokenNow: (id) => context.services.comments.formTokenNow(id), draining: () => health.draining, log: app.log });
  app.decorate('cacheInvalidation', cacheInvalidation);
  await app.register(publicSite, { context, pageCache, fragments, securityHeaders });
  await app.register(adminScope, { context, prefix: '/admin' });
  return app;
}
