// Signing in to the admin through HTTP as a person of a given role, with a cookie jar and the
// CSRF token read from the page, so tests post forms exactly as a browser would.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/auth/auth.ts';
import { parseDocument } from './html.ts';

export interface Staff {
  userId: number;
  personId: number | null;
  email: string;
  password: string;
  jar: Map<string, string>;
  get(url: string): Promise<LightMyRequestResponse>;
  /** Posts a form with a fresh CSRF token (taken from `tokenFrom`, default the desk page). */
  post(url: string, form: Record<string, string>, options?: { tokenFrom?: string; csrf?: string | null }): Promise<LightMyRequestResponse>;
  postJson(url: string, body: unknown): Promise<LightMyRequestResponse>;
  csrf(from?: string): Promise<string>;
}

let counter = 0;

export function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

export function absorb(jar: Map<string, string>, response: LightMyRequestResponse): LightMyRequestResponse {
  for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
    if (cookie.value === '' || cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now())) jar.delete(cookie.name);
    else jar.set(cookie.name, cookie.value);
  }
  return response;
}

export function browserFor(app: FastifyInstance, jar = new Map<string, string>()) {
  const get = async (url: string) => absorb(jar, await app.inject({ url, headers: { cookie: cookieHeader(jar) } }));
  // The token from a page's form; a signed-out browser gets it from the sign-in page instead.
  const csrf = async (from = '/admin/login') => {
    for (const url of [from, '/admin/login']) {
      const token = parseDocument((await get(url)).body).querySelector('input[name="_csrf"]')?.getAttribute('value');
      if (token) return token;
    }
    throw new Error(`No CSRF token on ${from}`);
  };
  const post = async (url: string, form: Record<string, string>, options: { tokenFrom?: string; csrf?: string | null } = {}) => {
    const token = options.csrf === null ? undefined : (options.csrf ?? (await csrf(options.tokenFrom ?? (jar.has('byline_session') ? '/admin/articles' : '/admin/login'))));
    const payload = new URLSearchParams({ ...form, ...(token ? { _csrf: token } : {}) }).toString();
    return absorb(jar, await app.inject({ method: 'POST', url, payload, headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' } }));
  };
  const postJson = async (url: string, body: unknown) => {
    const token = await csrf('/admin/articles');
    return absorb(jar, await app.inject({ method: 'POST', url, payload: JSON.stringify(body), headers: { cookie: cookieHeader(jar), 'content-type': 'application/json', 'x-csrf-token': token } }));
  };
  return { jar, get, post, postJson, csrf };
}

export async function createStaff(app: FastifyInstance, role: Role, options: { withProfile?: boolean } = {}): Promise<{ email: string; password: string; userId: number; personId: number | null }> {
  const n = ++counter;
  const { auth, people } = app.byline.services;
  const person = options.withProfile === false ? null : await people.createPerson({ name: `Staff ${role} ${n}`, slug: `staff-${role}-${n}-${Math.random().toString(36).slice(2, 6)}`, roleTitle: role });
  const email = `${role}${n}.${Math.random().toString(36).slice(2, 6)}@example.com`;
  const password = `correct horse battery ${n}`;
  const { user, token } = await auth.createUser({ email, name: `Staff ${role} ${n}`, role, personId: person?.id ?? null });
  await auth.setPasswordWithLink(token, password);
  return { email, password, userId: user.userId, personId: person?.id ?? null };
}

export async function signIn(app: FastifyInstance, role: Role, options: { withProfile?: boolean } = {}): Promise<Staff> {
  const account = await createStaff(app, role, options);
  const browser = browserFor(app);
  const response = await browser.post('/admin/login', { email: account.email, password: account.password });
  if (response.statusCode !== 303 || !browser.jar.has('byline_session')) throw new Error(`Sign-in failed: ${response.statusCode} ${response.body.slice(0, 300)}`);
  return { ...account, ...browser };
}
