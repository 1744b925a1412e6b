// Signing in and out, first-run setup, and one-time password links. Sign-in errors keep the
// email typed; a locked account says until when; redirects after sign-in stay on this site.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { passwordProblem, sessionLifetimeMs } from '../../auth/auth.ts';
import { isAppError } from '../../errors.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { seeOther, sessionCookie } from '../admin-context.ts';
import { safeNext } from '../safe-next.ts';
import { renderAdmin } from '../views/render-admin.tsx';
import { LoginPage, PasswordPage, SetupPage } from '../views/session-pages.tsx';
import { applyPendingSave } from './pending-save.ts';

type Body = Record<string, string | undefined>;

export function registerSessionRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): void {
  const { auth } = context.services;
  const secure = context.config.baseUrl.startsWith('https:');
  const html = (reply: FastifyReply, page: Parameters<typeof renderAdmin>[0], status = 200) => reply.code(status).type('text/html; charset=utf-8').send(renderAdmin(page));

  const startSession = (reply: FastifyReply, token: string) =>
    reply.setCookie(sessionCookie, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: sessionLifetimeMs / 1000 });

  app.get('/', async (request, reply) => seeOther(reply, request.viewer ? '/admin/articles' : '/admin/login'));

  app.get<{ Querystring: { next?: string } }>('/login', async (request, reply) => {
    if (request.viewer) return seeOther(reply, safeNext(request.query.next));
    const notice = request.cookies.byline_pending ? 'You were signed out while editing. Sign in again and your changes will be saved.' : undefined;
    return html(reply, LoginPage({ assets, viewer: null, csrf: reply.generateCsrf(), email: '', next: safeNext(request.query.next), ...(notice && { notice }) }));
  });

  app.post<{ Body: Body }>('/login', async (request, reply) => {
    const { email = '', password = '', next } = request.body ?? {};
    try {
      const { token, user } = await auth.signIn(email, password, request.ip);
      startSession(reply, token);
      const resumed = await applyPendingSave(context, request, reply, { ...user });
      return seeOther(reply, resumed ?? safeNext(next));
    } catch (error) {
      if (!isAppError(error) || !['LOGIN_FAILED', 'ACCOUNT_LOCKED', 'RATE_LIMITED'].includes(error.code)) throw error;
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
      return html(reply, LoginPage({ assets, viewer: null, csrf: reply.generateCsrf(), email, next: safeNext(next), error: error.message }), error.statusCode);
    }
  });

  app.post('/logout', async (request, reply) => {
    const token = request.cookies[sessionCookie];
    if (token) await auth.signOut(token);
    reply.clearCookie(sessionCookie, { path: '/' });
    return seeOther(reply, '/admin/login');
  });

  app.get<{ Querystring: { token?: string } }>('/setup', async (request, reply) => {
    if (!(await auth.checkSetupToken(request.query.token))) return html(reply, LoginPage({ assets, viewer: null, csrf: reply.generateCsrf(), email: '', next: '/admin', error: 'This setup link is not valid (the site may already have an administrator). Sign in instead.' }), 403);
    return html(reply, SetupPage({ assets, viewer: null, csrf: reply.generateCsrf(), token: request.query.token!, values: { name: '', email: '' }, errors: {} }));
  });

  app.post<{ Body: Body }>('/setup', async (request, reply) => {
    const { token = '', name = '', email = '', password = '' } = request.body ?? {};
    if (!(await auth.checkSetupToken(token))) return html(reply, LoginPage({ assets, viewer: null, csrf: reply.generateCsrf(), email, next: '/admin', error: 'This setup link is not valid any more. Sign in instead.' }), 403);
    const weak = passwordProblem(password);
    if (weak) return html(reply, SetupPage({ assets, viewer: null, csrf: reply.generateCsrf(), token, values: { name, email }, errors: { password: weak } }), 400);
    try {
      // The password is checked first: a refused form must not leave a half-made account.
      const created = await auth.createUser({ email, name, role: 'administrator' });
      await auth.setPasswordWithLink(created.token, password);
      const { token: session } = await auth.signIn(email, password, request.ip);
      startSession(reply, session);
      return seeOther(reply, '/admin/articles');
    } catch (error) {
      if (!isAppError(error, 'VALIDATION_FAILED')) throw error;
      const field = /password|characters/i.test(error.message) ? 'password' : 'email';
      return html(reply, SetupPage({ assets, viewer: null, csrf: reply.generateCsrf(), token, values: { name, email }, errors: { [field]: error.message } }), 400);
    }
  });

  app.get<{ Querystring: { token?: string } }>('/password', async (request, reply) => {
    const user = request.query.token ? await auth.checkLink(request.query.token) : undefined;
    if (!user) return html(reply, LoginPage({ assets, viewer: null, csrf: reply.generateCsrf(), email: '', next: '/admin', error: 'This password link has expired or was already used. Ask an administrator for a new one.' }), 400);
    return html(reply, PasswordPage({ assets, viewer: null, csrf: reply.generateCsrf(), token: request.query.token!, email: user.email, errors: {} }));
  });

  app.post<{ Body: Body }>('/password', async (request, reply) => {
    const { token = '', password = '' } = request.body ?? {};
    try {
      const user = await auth.setPasswordWithLink(token, password);
      // Whoever chose the password is signed in with it at once, as after setup: no typing it twice.
      const { token: session } = await auth.signIn(user.email, password, request.ip);
      startSession(reply, session);
      return seeOther(reply, '/admin/articles');
    } catch (error) {
      if (isAppError(error, 'VALIDATION_FAILED')) {
        const user = await auth.checkLink(token);
        return html(reply, PasswordPage({ assets, viewer: null, csrf: reply.generateCsrf(), token, email: user?.email ?? '', errors: { password: error.message } }), 400);
      }
      if (isAppError(error, 'TOKEN_INVALID')) return html(reply, LoginPage({ assets, viewer: null, csrf: reply.generateCsrf(), email: '', next: '/admin', error: error.message }), 400);
      throw error;
    }
  });
}
