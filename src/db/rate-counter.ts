// A hit counter per client that every process and instance on the database shares (the search
// rate limit): one row per (scope, client), and each hit is one atomic upsert that either adds
// one to the current window or, when the window is over, starts a new one at this hit, and
// returns the count and the window's start. Windows start at a client's first hit, as
// @fastify/rate-limit's own memory store counts. Rows of ended windows are deleted by the first
// hit in each process after a window's length has passed (a scan of one scope's rows: there are
// as many as clients seen in the last window or two).
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import type { Db } from './database.ts';

export interface RateCounter {
  /** Counts one hit from `client`: the hits in its window so far, this one included, and the ms until the window ends. */
  hit(client: string): Promise<{ hits: number; resetInMs: number }>;
}

export function createRateCounter(db: Db, { clock, scope, windowMs }: { clock: Clock; scope: string; windowMs: number }): RateCounter {
  let nextPrune = 0;
  const prune = (cutoff: string) => db.deleteFrom('rate_counts').where('scope', '=', scope).where('window_started_at', '<=', cutoff).execute();
  return {
    async hit(client) {
      const nowMs = clock.now().getTime();
      const now = toStoredTime(new Date(nowMs));
      const cutoff = toStoredTime(new Date(nowMs - windowMs));
      const row = await db
        .insertInto('rate_counts')
        .values({ scope, client, window_started_at: now, hits: 1 })
        .onConflict((oc) =>
          oc.columns(['scope', 'client']).doUpdateSet((eb) => {
            const ended = eb('rate_counts.window_started_at', '<=', cutoff);
            return {
              hits: eb.case().when(ended).then(1).else(eb('rate_counts.hits', '+', 1)).end(),
              window_started_at: eb.case().when(ended).then(eb.ref('excluded.window_started_at')).else(eb.ref('rate_counts.window_started_at')).end(),
            };
          }),
        )
        .returning(['hits', 'window_started_at'])
        .executeTakeFirstOrThrow();
      if (nowMs >= nextPrune) {
        nextPrune = nowMs + windowMs;
        // Not awaited: the hit is answered first; a failed prune is retried a window later.
        prune(cutoff).catch(() => {});
      }
      return { hits: Number(row.hits), resetInMs: Math.max(0, Date.parse(row.window_started_at) + windowMs - nowMs) };
    },
  };
}
