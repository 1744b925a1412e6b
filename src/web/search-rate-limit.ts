// Search's per-client budget (BYLINE_SEARCH_RATE_LIMIT searches a minute): one client firing
// unique searches must not slow the site for every other reader. The client is request.ip, as
// Fastify resolves it under BYLINE_TRUST_PROXY, so a forged X-Forwarded-For buys nothing; IPv6
// clients count by their /56. One budget covers /search and /search.json, cached pages
// included (the cache fast path leaves /search to the router so this hook always runs). The
// counts live in this process's memory: each worker or instance keeps its own (docs/operations.md).
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import { AppError } from '../errors.ts';

/** The onRequest hook that spends one search from the client's budget; undefined when the limit is off. */
export async function searchRateLimit(app: FastifyInstance, perMinute: number): Promise<onRequestAsyncHookHandler | undefined> {
  if (perMinute === 0) return undefined;
  // Registered for its decorator only: no route is limited unless it takes this hook.
  await app.register(fastifyRateLimit, {
    global: false,
    // Search pages are public and cacheable: allowed answers carry no per-client counts.
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
  });
  return app.rateLimit({
    max: perMinute,
    timeWindow: 60_000,
    cache: 10_000,
    errorResponseBuilder: (_request, { ttl }) => {
      const seconds = Math.max(1, Math.ceil(ttl / 1000));
      return new AppError('RATE_LIMITED', `You have searched many times in the last minute. Please wait ${seconds} seconds and search again.`, { retryAfterSeconds: seconds });
    },
  }) as onRequestAsyncHookHandler;
}
