// Background jobs of a running server: publish scheduled articles when their time comes, tidy
// old sign-in attempts, forget commenters' addresses after the retention period, and empty old
// trash. They run once at start (catching up on anything due while the server was down) and
// then every 20 seconds, so a scheduled article goes live within a minute. Safe with several instances: each due article is claimed by exactly one.
import type { AppContext } from './app-context.ts';

export const jobIntervalMs = 20_000;

export function startJobs(context: AppContext, log: { error(obj: unknown, msg: string): void; info(obj: unknown, msg: string): void }): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const published = await context.services.desk.publishDue();
      if (published.length > 0) log.info({ articleIds: published }, 'published scheduled articles');
      await context.services.auth.purgeOldAttempts();
      await context.services.comments.purge();
    } catch (error) {
      log.error({ err: error }, 'scheduled job failed');
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), jobIntervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
