// The routes an app registered, read from Fastify's own table, for tests that must reach every
// one of them (the fuzz test, the request property test), and the site they run against.
import type { FastifyInstance } from 'fastify';
import { buildTestApp, type TestApp } from './build-test-app.ts';
import { factories } from './factories.ts';
import { signIn, type Staff } from './newsroom.ts';

/** A fresh site with one article and a signed-in administrator, with a valid CSRF token. */
export async function siteUnderAttack(): Promise<{ t: TestApp; admin: Staff; csrf: string }> {
  const t = await buildTestApp();
  await factories(t.app).article();
  const admin = await signIn(t.app, 'administrator');
  return { t, admin, csrf: await admin.csrf('/admin/articles') };
}

/** Every route and its methods, read from printRoutes' tree (four columns a level). */
export function registeredRoutes(app: FastifyInstance): { path: string; methods: string[] }[] {
  const stack: string[] = [];
  const routes: { path: string; methods: string[] }[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)(?:[├└]── )?(\S+) \(([^)]+)\)/.exec(line);
    if (!match) continue;
    const depth = line.search(/[├└]/) === -1 ? 0 : (line.search(/[├└]/) / 4) + 1;
    stack.length = depth;
    stack.push(match[2]!);
    const path = stack.join('').replace(/\/{2,}/g, '/');
    routes.push({ path: path.startsWith('/') ? path : `/${path}`, methods: match[3]!.split(', ') });
  }
  return routes;
}
