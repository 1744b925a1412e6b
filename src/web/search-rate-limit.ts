// Search's per-client budget (BYLINE_SEARCH_RATE_LIMIT searches a minute): one client firing
// unique searches must not slow the site for every other reader. The client is request.ip, as
// Fastify resolves it under BYLINE_TRUST_PROXY, so a forged X-Forwarded-For buys nothing; IPv6
// clients count by their /56. One budget covers /search and /search.json, cached pages
// included (the cache fast path leaves /search to the router so this hook always runs). The
// counts live in the database (db/rate-counter.ts, one upsert a search), so every worker and
// instance spends from the same budget; @fastify/rate-limit keeps the key, the 429 and Retry-After.
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { createRateCounter } from '../db/rate-counter.ts';
import { AppError } from '../errors.ts';

const windowMs = 60_000;

type Incr = (key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void) => void;

/** A @fastify/rate-limit store over the shared counter (the library calls it with `new`). */
function sharedStore(db: Db, clock: Clock) {
  const counter = createRateCounter(db, { clock, scope: 'search', windowMs });
  const incr: Incr = (key, callback) => {
    counter.hit(key).then(({ hits, resetInMs }) => callback(null, { current: hits, ttl: resetInMs }), (error: Error) => callback(error));
  };
  return class SharedStore {
    incr = incr;
    child() {
      return new SharedStore();
    }
  };
}

/** The onRequest hook that spends one search from the client's budget; undefined when the limit is off. */
export async function searchRateLimit(app: FastifyInstance, { perMinute, db, clock }: { perMinute: number; db: Db; clock: Clock }): Promise<onRequestAsyncHookHandler | undefined> {
  if (perMinute === 0) return undefined;
  // Registered for its decorator only: no route is limited unless it takes this hook.
  await app.register(fastifyRateLimit, {
    global: false,
    store: sharedStore(db, clock),
    // Search pages are public and cacheable: allowed answers carry no per-client counts.
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
  });
  return app.rateLimit({
    max: perMinute,
    timeWindow: windowMs,
    errorResponseBuilder: (_request, { ttl }) => {
      const seconds = Math.max(1, Math.ceil(ttl / 1000));
      return new AppError('RATE_LIMITED', `You have searched many times in the last minute. Please wait ${seconds} seconds and search again.`, { retryAfterSeconds: seconds });
    },
  }) as onRequestAsyncHookHandler;
}
