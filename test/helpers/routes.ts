// The routes an app registered, read from Fastify's own table, for tests that must reach every
// one of them (the fuzz test, the request property test).
import type { FastifyInstance } from 'fastify';

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
