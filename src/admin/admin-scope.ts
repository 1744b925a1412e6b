// The newsroom admin as its own Fastify scope under /admin: cookies, form bodies, CSRF on every
// state-changing request, the signed-in viewer on each request, no caching, and one error
// handler (sign-in for UNAUTHENTICATED, a message page for the rest).
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { can } from '../auth/auth.ts';
import { AppError, isAppError } from '../errors.ts';
import { checkRequestShape } from '../request-shape.ts';
import { transportSecurity } from '../web/security-headers.ts';
import { sessionCookie } from './admin-context.ts';
import { loadAdminAssets } from './admin-assets.ts';
import { registerArticleRoutes } from './routes/article.routes.tsx';
import { registerCopyDeskRoutes } from './routes/copydesk.routes.tsx';
import { registerRelatedRoutes } from './routes/related.routes.ts';
import { registerCommentRoutes } from './routes/comment.routes.tsx';
import { registerPeopleRoutes } from './routes/people.routes.tsx';
import { registerSectionRoutes } from './routes/section.routes.tsx';
import { registerSettingsRoutes } from './routes/settings.routes.tsx';
import { registerTagRoutes } from './routes/tag.routes.tsx';
import { registerMenuRoutes } from './routes/menu.routes.tsx';
import { registerFrontRoutes } from './routes/front.routes.tsx';
import { registerArticleLookupRoutes } from './routes/article-lookup.routes.ts';
import { registerSitePageRoutes } from './routes/site-page.routes.tsx';
import { registerUserRoutes } from './routes/user.routes.tsx';
import { registerMediaRoutes } from './routes/media.routes.tsx';
import { registerMediaSearchRoutes } from './routes/media-search.routes.ts';
import { registerSessionRoutes } from './routes/session.routes.tsx';
import { registerImportRoutes } from './routes/import.routes.tsx';
import { renderAdmin } from './views/render-admin.tsx';
import { MessagePage } from './views/message-page.tsx';

const adminHeaders = {
  'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

/** Routes a signed-out browser may post to; and the saves held when a session has just ended. */
const openToSignedOut = new Set(['/admin/login', '/admin/setup', '/admin/password', '/admin/logout']);
const holdable = new Set(['/admin/articles', '/admin/articles/:id']);

function csrfToken(request: FastifyRequest): string {
  const body = request.body as Record<string, unknown> | undefined;
  const field = body?._csrf as string | { value?: string } | undefined;
  const fromBody = typeof field === 'string' ? field : field?.value;
  return fromBody ?? (request.headers['x-csrf-token'] as string | undefined) ?? '';
}

export async function adminScope(app: FastifyInstance, { context }: { context: AppContext }): Promise<void> {
  const { services, config } = context;
  const secure = config.baseUrl.startsWith('https:');
  const securityHeaders = { ...adminHeaders, ...transportSecurity(config.baseUrl) };
  await app.register(fastifyCookie, { secret: await services.settings.getOrCreateSecret('cookies') });
  await app.register(fastifyFormbody, { bodyLimit: 2 * 1024 * 1024 });
  await app.register(fastifyCsrf, { cookieKey: 'byline_csrf', cookieOpts: { path: '/admin', sameSite: 'lax', httpOnly: true, signed: true, secure }, getToken: csrfToken });

  app.decorateRequest('viewer', null);
  app.addHook('onRequest', async (request) => {
    const viewer = await services.auth.viewerFor(request.cookies[sessionCookie]);
    // Moderators see the number of comments waiting for them in the navigation.
    request.viewer = viewer ? { ...viewer, pendingComments: can(viewer, 'comments.moderate') ? await services.comments.countPending() : null } : null;
  });
  // Before any body is read (forms, JSON, multipart): a signed-out request reaches only the
  // sign-in forms, and an editor's save only when it names a session that existed (it is held
  // for that writer, pending-save.ts). Everything else is refused without reading a byte.
  const uploadRoutes = new Set(['/admin/media', '/admin/import/wordpress']);
  app.addHook('preParsing', async (request, _reply, payload) => {
    if (request.method === 'GET' || request.method === 'HEAD') return payload;
    const route = request.routeOptions.url ?? '';
    // Only the uploads (media, a WordPress export) take multipart: anywhere else it is refused unread.
    if (/^multipart\//i.test(String(request.headers['content-type'] ?? '')) && !uploadRoutes.has(route)) throw new AppError('UNSUPPORTED_BODY', 'This form takes no file uploads.');
    if (request.viewer) return payload;
    if (openToSignedOut.has(route)) return payload;
    if (holdable.has(route) && (await services.auth.sessionOwner(request.cookies[sessionCookie])) !== undefined) return payload;
    throw new AppError('UNAUTHENTICATED', 'Please sign in.');
  });
  // One check of every request's shape (request-shape.ts), before any route reads it.
  app.addHook('preValidation', checkRequestShape({ bodyTypes: /^(application\/x-www-form-urlencoded|application\/json|multipart\/form-data)$/, repeatable: ['enabled', 'ids'], pages: true }));
  // Every state-changing request carries the form's CSRF token; a forged one stops here.
  app.addHook('preHandler', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD') return done();
    app.csrfProtection(request, reply, done);
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(securityHeaders);
  });

  const assets = loadAdminAssets();
  for (const asset of assets.list) {
    app.get(asset.path.replace(/^\/admin/, ''), async (_request, reply) => reply.type(asset.contentType).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body));
  }

  // The public site answers nested section paths (/:s0/:s1…); this keeps an unknown newsroom
  // address (/admin/nothing) in the newsroom's own 404 rather than matching those.
  app.get('/*', async (_request, reply) => reply.callNotFound());
  app.setNotFoundHandler(async (request, reply) =>
    reply.code(404).type('text/html; charset=utf-8').send(renderAdmin(MessagePage({ assets, viewer: request.viewer, csrf: '', title: 'Not found', message: 'There is nothing at this address in the newsroom.' }))),
  );

  app.setErrorHandler(async (error, request, reply) => {
    if (isAppError(error, 'UNAUTHENTICATED')) {
      if (request.method === 'GET') return reply.redirect(`/admin/login?next=${encodeURIComponent(request.url)}`, 303);
      return reply.code(401).type('text/html; charset=utf-8').send(renderAdmin(MessagePage({ assets, viewer: null, csrf: '', title: 'Signed out', message: 'Your session has ended. Sign in again to continue.', link: { href: '/admin/login', label: 'Sign in' } })));
    }
    const code = (error as { code?: string }).code;
    // A body that could not be parsed (a broken multipart stream, say) is the sender's fault.
    const unparsed = !(error as { statusCode?: number }).statusCode && !isAppError(error) && (request.body === undefined || /unexpected end of (form|multipart)|malformed|boundary|part terminated/i.test((error as Error).message ?? '')) && /^(multipart|application)\//i.test(String(request.headers['content-type'] ?? ''));
    const status = unparsed ? 400 : ((error as { statusCode?: number }).statusCode ?? 500);
    if (code === 'FST_CSRF_INVALID_TOKEN' || code === 'FST_CSRF_MISSING_SECRET') {
      return reply.code(403).type('text/html; charset=utf-8').send(renderAdmin(MessagePage({ assets, viewer: request.viewer, csrf: '', title: 'Form expired', message: 'This form could not be checked as coming from this site (it may be stale). Go back, reload the page and try again.' })));
    }
    if (status >= 500) request.log.error({ err: error }, 'admin request failed');
    // Every refusal that passes (429, 423) says when to try again, wherever it was thrown.
    if (isAppError(error) && error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
    const title = status === 403 ? 'Not allowed' : status === 404 ? 'Not found' : status >= 500 ? 'Something went wrong' : 'Request refused';
    const message = status >= 500 ? 'The newsroom could not complete this request. Nothing you typed was saved by it; go back and try again.' : (error as Error).message;
    return reply.code(status).type('text/html; charset=utf-8').send(renderAdmin(MessagePage({ assets, viewer: request.viewer, csrf: '', title, message })));
  });

  // Handlers first: a route takes the scope's error handler when it is registered.
  registerSessionRoutes(app, context, assets);
  registerArticleLookupRoutes(app, context);
  registerMediaSearchRoutes(app, context);
  registerArticleRoutes(app, context, assets);
  registerCopyDeskRoutes(app, context, assets);
  registerRelatedRoutes(app, context);
  registerCommentRoutes(app, context, assets);
  registerPeopleRoutes(app, context, assets);
  registerSectionRoutes(app, context, assets);
  registerTagRoutes(app, context, assets);
  registerSitePageRoutes(app, context, assets);
  registerMenuRoutes(app, context, assets);
  registerFrontRoutes(app, context, assets);
  registerSettingsRoutes(app, context, assets);
  registerUserRoutes(app, context, assets);
  await registerMediaRoutes(app, context, assets);
  registerImportRoutes(app, context, assets); // after media: it uses the multipart parsing registered there
}
