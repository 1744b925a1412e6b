// Background jobs of a running server: publish scheduled articles when their time comes, start
// and end the home front's scheduled pins, tidy old sign-in attempts and held saves, forget
// commenters' addresses after the retention period, empty old trash, and render again the
// bodies stored under older sanitizer rules (content/stored-html.service.ts), and score again the
// related lists scored while the site was smaller (discovery/related). They run once at
// start (catching up on anything due while the server was down) and then every 20 seconds, so a
// scheduled article goes live within a minute. With several
// instances or workers, one runs them at a time (db/cluster-lock.ts); each due article is also
// claimed by exactly one, so even two runs at once could not publish it twice.
import { randomUUID } from 'node:crypto';
import type { AppContext } from './app-context.ts';
import { createClusterLock } from './db/cluster-lock.ts';
import { heldSaveLimits, purgeHeldSaves } from './admin/held-save.repository.ts';
import type { RescoreOutcome } from './discovery/related/related.ts';

export const jobIntervalMs = 20_000;
/** How long one run may spend rendering stale bodies again (about 10% of a core over a run's interval). */
const resanitizeBudgetMs = 2_000;
/** Bodies rendered between two awaits: about 1 ms each, so readers' requests wait at most ~30 ms behind a batch. */
const resanitizeBatch = 25;
/** A lease outlives a few missed runs, so a busy holder keeps it; a dead one loses it within a minute. */
const leaseMs = 3 * jobIntervalMs;
/** Related lists scored again a run: at most this many, for at most this long (about 5% of a core). */
export const relatedRescoreBatch = 25;
const relatedRescoreBudgetMs = 1_000;

type JobLog = { error(obj: unknown, msg: string): void; info(obj: unknown, msg: string): void };

/** One run of every job, if this process gets the cluster's lock: what it published, or undefined if another process ran. */
export function createJobRunner(context: AppContext, log: JobLog, holder: string = randomUUID()) {
  const lock = createClusterLock(context.db, { clock: context.clock, holder, leaseMs });
  // The home front's pins that started or ended since the last run (the first run looks back one lease).
  let lastRun = new Date(context.clock.now().getTime() - leaseMs);
  return async (): Promise<{ published: number[]; relatedRescored: RescoreOutcome } | undefined> => {
    const outcome = await lock.runExclusive('background-jobs', async () => {
      const published = await context.services.desk.publishDue();
      const now = context.clock.now();
      await context.services.front.noticeSchedule(lastRun, now);
      lastRun = now;
      if (published.length > 0) log.info({ articleIds: published }, 'published scheduled articles');
      await context.services.auth.purgeOldAttempts();
      await context.services.comments.purge();
      await purgeHeldSaves(context.db, new Date(context.clock.now().getTime() - heldSaveLimits.lifetimeMs).toISOString());
      // Bodies stored under older sanitizer rules, a few seconds' worth a run, until none is left.
      const resanitized = await context.services.storedHtml.resanitize({ budgetMs: resanitizeBudgetMs, batchSize: resanitizeBatch });
      if (resanitized.checked > 0) log.info(resanitized, 'rendered stored bodies again under the current sanitizer rules');
      // Related lists scored while the site was 1 % or more smaller (rescoreGrowth), stalest first, then the rest refined until every list is scored at today's size.
      const rescored = await context.services.related.rescoreStale({ batchSize: relatedRescoreBatch, budgetMs: relatedRescoreBudgetMs });
      if (rescored.changed > 0 || rescored.recalibrated) log.info(rescored, 'scored stale related lists again');
      return { published, relatedRescored: rescored };
    });
    return outcome?.value;
  };
}

/** Starts the jobs; the function returned stops them, resolving once a run in progress has ended (so the database can close). */
export function startJobs(context: AppContext, log: JobLog): () => Promise<void> {
  const runOnce = createJobRunner(context, log);
  let running: Promise<void> | undefined;
  const tick = () => {
    running ??= runOnce()
      .then(() => {}, (error: unknown) => log.error({ err: error }, 'scheduled job failed'))
      .finally(() => (running = undefined));
  };
  tick();
  const timer = setInterval(tick, jobIntervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
