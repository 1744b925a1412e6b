// The demo on a first start: loaded into an empty database (unless BYLINE_DEMO=false, or the
// demo was removed on purpose with `byline demo --remove`), with progress as it goes. Used by
// a single server and by a cluster's preparing worker (server.ts, cluster.ts).
import type { AppContext } from '../app-context.ts';
import { isContentEmpty, wasDemoRemoved } from './demo.repository.ts';

/** Resolves true when it loaded the demo. */
export async function loadDemoOnFirstStart(context: AppContext, say: (line: string) => void): Promise<boolean> {
  if (!context.config.demo || !(await isContentEmpty(context.db)) || (await wasDemoRemoved(context.db))) return false;
  // The demo's text and pictures load only when they are needed.
  const [{ loadDemo }, { createProgress }] = await Promise.all([import('./load-demo.ts'), import('../progress.ts')]);
  say('The database is empty: loading the demo publication (set BYLINE_DEMO=false to start empty)…');
  const progress = await createProgress({ label: 'Loading the demo', unit: 'articles', say });
  const report = await loadDemo(context, { ...(progress && { onProgress: progress.update }) }).finally(() => progress?.stop());
  say(`Loaded ${report.articles} articles by ${report.people} people in ${report.sections} sections.`);
  return true;
}
