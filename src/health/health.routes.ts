// /healthz and /readyz for load balancers and orchestrators. /healthz: the process is up and its
// event loop answers. /readyz: the database answers and its schema is exactly this code's
// (no pending, no unknown migrations), and the server is not draining for a shutdown; 503
// otherwise, with the reason. Neither is cached nor logged per request (probes come every second).
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../app-context.ts';
import { pendingMigrations, unknownMigrations } from '../db/migrate.ts';

export interface HealthState {
  /** Set when a shutdown has begun: /readyz answers 503 so traffic moves elsewhere. */
  draining: boolean;
}

const probeTimeoutMs = 2000;

export async function registerHealthRoutes(app: FastifyInstance, { context, state }: { context: AppContext; state: HealthState }): Promise<void> {
  const quiet = { logLevel: 'silent' as const };
  const noStore = { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' };

  app.get('/healthz', quiet, async (_request, reply) => reply.headers(noStore).send({ status: 'ok' }));

  app.get('/readyz', quiet, async (_request, reply) => {
    const problem = state.draining ? 'shutting down' : await withTimeout(databaseProblem(context), probeTimeoutMs, 'the database did not answer in time');
    if (problem) return reply.code(503).headers(noStore).send({ status: 'unavailable', reason: problem });
    return reply.headers(noStore).send({ status: 'ok' });
  });
}

/** Why the database cannot serve this code, or undefined when it can. */
async function databaseProblem({ db }: AppContext): Promise<string | undefined> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    return `the database is unreachable (${(error as { code?: string }).code ?? (error as Error).message})`;
  }
  const [pending, unknown] = await Promise.all([pendingMigrations(db), unknownMigrations(db)]);
  if (pending.length > 0) return `the database needs migrating (${pending.join(', ')})`;
  if (unknown.length > 0) return `the database's schema is newer than this code (${unknown.join(', ')})`;
  return undefined;
}

function withTimeout(work: Promise<string | undefined>, ms: number, reason: string): Promise<string | undefined> {
  let timer: NodeJS.Timeout;
  const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(reason), ms)));
  return Promise.race([work.catch((error: Error) => `the database check failed (${error.message})`), late]).finally(() => clearTimeout(timer));
}
