// The public site as one Fastify scope: its routes, its security and cache headers, and its
// own 404 and 500 pages rendered inside the site's chrome. Every "not found" first looks the path
// up among old paths recorded as redirects, so renamed slugs answer with a 301.
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import type { PageCache } from '../cache/page-cache.ts';
import type { FragmentMemo } from '../cache/fragment-memo.ts';
import { type Asset, loadStylesheet, sendAsset } from './assets.ts';
import { heldFragment } from './held-fragment.tsx';
import { registerPageCache } from './page-cache-hooks.ts';
import { dependsOn } from './page-keys.ts';
import { type KeptRegion, renderPage } from './render.ts';
import { keptChrome, withChrome } from './site-chrome.tsx';
import { registerArticleRoutes } from './routes/article.routes.tsx';
import { registerCommentRoutes } from './routes/comment.routes.tsx';
import { registerCorrectionsRoutes } from './routes/corrections.routes.tsx';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import { registerFeedRoutes } from './routes/feed.routes.ts';
import { registerFrontRoutes } from './routes/front.routes.tsx';
import { registerSearchRoutes } from './routes/search.routes.tsx';
import { registerSitemapRoutes } from './routes/sitemap.routes.ts';
import { resolveRedirect } from './redirect-resolver.ts';
import { registerLegacyQueryLinks } from './legacy-query-links.ts';
import { checkRequestShape } from '../request-shape.ts';
import { isAppError } from '../errors.ts';
import { searchRateLimit } from './search-rate-limit.ts';
import { iconLinks, loadSiteIcon, registerSiteIcon } from './site-icon.ts';
import { stringsFor } from './strings.ts';
import type { PageContext } from './views/page-context.ts';
import { ErrorPage } from './views/pages/error-page.tsx';

export interface PublicSite {
  pageContext(request: FastifyRequest, currentSection?: string): Promise<PageContext>;
  /** `regions`: kept regions (render.ts) whose markers the page holds, in page order. */
  sendPage(reply: FastifyReply, page: Parameters<typeof renderPage>[0], status?: number, regions?: readonly KeptRegion[]): FastifyReply;
  notFound(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply>;
  /** Rendered regions kept between renders, dropped by the page cache's purges (cache/fragment-memo.ts). */
  fragments: FragmentMemo;
}

export interface PublicSiteOptions {
  context: AppContext;
  pageCache: PageCache;
  fragments: FragmentMemo;
  /** securityHeadersFor(config.baseUrl), built once in app.ts and shared with the fast path. */
  securityHeaders: Readonly<Record<string, string>>;
}

export async function publicSite(app: FastifyInstance, { context, pageCache, fragments, securityHeaders }: PublicSiteOptions): Promise<void> {
  const stylesheet: Asset = loadStylesheet();
  const { services, config, clock } = context;
  const icons = iconLinks(config.siteIcon);
  // Readers' cookies (a signed list of their held comments) and the comment form's body.
  await app.register(fastifyCookie, { secret: await services.settings.getOrCreateSecret('cookies') });
  await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  // One check of every request's shape (request-shape.ts): readers post only forms.
  app.addHook('preValidation', checkRequestShape({ bodyTypes: /^application\/x-www-form-urlencoded$/, repeatedQuery: true, freeText: ['q'] }));

  // The chrome each request's page context carries, spliced in by sendPage (site-chrome.tsx).
  const chromeOf = new WeakMap<FastifyRequest, PageContext['chrome']>();
  const site: PublicSite = {
    fragments,
    async pageContext(request, currentSection) {
      const ticket = fragments.ticket();
      const [settings, sections, navigation] = await Promise.all([services.settings.getSiteSettings(), services.taxonomy.listSections(), services.navigation.getNavigation()]);
      dependsOn(request, 'settings', 'nav');
      const ctx: PageContext = {
        site: settings,
        sections,
        navigation,
        strings: stringsFor(settings.language),
        baseUrl: config.baseUrl,
        stylesheetHref: stylesheet.path,
        icons,
        ...(currentSection !== undefined && { currentSection }),
        now: clock.now(),
      };
      const chrome = keptChrome(fragments, ctx, ticket);
      chromeOf.set(request, chrome);
      return chrome ? { ...ctx, chrome } : ctx;
    },
    sendPage(reply, page, status = 200, regions = []) {
      return reply.code(status).type('text/html; charset=utf-8').send(renderPage(page, withChrome(chromeOf.get(reply.request), regions)));
    },
    async notFound(request, reply) {
      if (request.method === 'GET' || request.method === 'HEAD') {
        const target = await resolveRedirect(context, request.url.split('?')[0]!);
        if (target) return reply.redirect(target, 301);
      }
      const ctx = await site.pageContext(request);
      return site.sendPage(reply.header('cache-control', 'no-store'), ErrorPage({ ctx, status: 404, path: request.url.split('?')[0]! }), 404);
    },
  };

  app.addHook('onSend', async (_request, reply) => {
    reply.headers(securityHeaders);
  });

  registerLegacyQueryLinks(app, context);
  registerPageCache(app, { context, pageCache, personalFragment: (request, articleId) => heldFragment(context, request, articleId) });

  app.get(stylesheet.path, async (request, reply) => sendAsset(request, reply, stylesheet));
  registerSiteIcon(app, await loadSiteIcon(config.siteIcon, path.join(config.dataDir, 'cache')));

  registerFrontRoutes(app, context, site);
  registerSearchRoutes(app, context, site, await searchRateLimit(app, { perMinute: config.searchRateLimit, db: context.db, clock }));
  registerFeedRoutes(app, context, site);
  registerCorrectionsRoutes(app, context, site);
  registerSitemapRoutes(app, context, site);
  registerArticleRoutes(app, context, site);
  registerCommentRoutes(app, context, site);

  app.setNotFoundHandler(async (request, reply) => site.notFound(request, reply));

  app.setErrorHandler(async (error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (isAppError(error) && error.retryAfterSeconds !== undefined) {
      // A refusal that passes (429): when to come back, as a page or, for .json, as data.
      const retryAfterSeconds = error.retryAfterSeconds;
      reply.header('retry-after', String(retryAfterSeconds)).header('cache-control', 'no-store');
      const path = request.url.split('?')[0]!;
      if (path.endsWith('.json')) return reply.code(status).type('application/json; charset=utf-8').send({ error: error.code, message: error.message, retryAfterSeconds });
      if (status === 429) return site.sendPage(reply, ErrorPage({ ctx: await site.pageContext(request), status, path, retryAfterSeconds }), status);
    }
    if (status < 500) {
      if (status === 404) return site.notFound(request, reply);
      return reply.code(status).type('text/plain; charset=utf-8').send((error as Error).message);
    }
    request.log.error({ err: error }, 'public page failed');
    try {
      const ctx = await site.pageContext(request);
      return site.sendPage(reply.header('cache-control', 'no-store'), ErrorPage({ ctx, status: 500, path: request.url.split('?')[0]! }), 500);
    } catch {
      // The chrome itself could not be built (the database is down): a plain page still answers.
      return reply.code(500).type('text/plain; charset=utf-8').send('Something went wrong on our side. Please try again in a moment.');
    }
  });
}
