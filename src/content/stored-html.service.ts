// Keeps stored bodies true to the sanitizer's current rules. Article and page bodies are
// rendered once, at save time, and stored with the rules version that made them
// (SANITIZER_RULES_VERSION); when the rules change, every older body is rendered again from its
// Markdown, in batches, and pages whose HTML changed are purged from the cache ('bodies.resanitized').
// Nothing else about an article changes: no revision, no new version, no published or updated time.
import type { Db } from '../db/database.ts';
import type { Events } from '../events.ts';
import { SANITIZER_RULES_VERSION } from './markdown/sanitizer-rules-version.ts';
import { storedBody } from './stored-body.ts';
import { type BodyTable, countStaleBodies, listStaleBodies, rewriteBody } from './stored-html.repository.ts';

export interface ResanitizeOptions {
  /** Bodies read and written at a time (default 100). */
  batchSize?: number;
  /** Stop starting batches after this long (default: no limit); what is left waits for the next run. */
  budgetMs?: number;
  /** Render every body again, current or not (`byline resanitize --all`). */
  all?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface ResanitizeOutcome {
  /** Bodies rendered again. */
  checked: number;
  /** Of those, bodies whose stored HTML changed (their pages were purged). */
  changed: number;
  /** Stale bodies left for a later run (the budget ran out). */
  remaining: number;
}

export function createStoredHtmlService({ db, events }: { db: Db; events: Events }) {
  const rules = SANITIZER_RULES_VERSION;

  /** Bodies made under older rules (with `all`, every body). */
  async function countStale(all = false): Promise<number> {
    const below = all ? Number.MAX_SAFE_INTEGER : rules;
    return (await countStaleBodies(db, 'articles', below)) + (await countStaleBodies(db, 'pages', below));
  }

  return {
    countStale,

    async resanitize(options: ResanitizeOptions = {}): Promise<ResanitizeOutcome> {
      const { batchSize = 100, budgetMs = Number.POSITIVE_INFINITY, all = false } = options;
      const started = performance.now();
      const total = options.onProgress ? await countStale(all) : 0;
      let checked = 0;
      let changed = 0;
      for (const table of ['articles', 'pages'] as BodyTable[]) {
        // An id cursor: a row whose rewrite lost a race is not read again in this run.
        let afterId = 0;
        while (performance.now() - started < budgetMs) {
          const batch = await listStaleBodies(db, table, rules, afterId, batchSize, all);
          if (batch.length === 0) break;
          const purged: number[] = [];
          for (const body of batch) {
            const fresh = await storedBody(body.body_markdown);
            const values = { body_html: fresh.body_html, body_html_rules: fresh.body_html_rules, ...(table === 'articles' && { body_break: fresh.body_break }) };
            if ((await rewriteBody(db, table, body, values)) && fresh.body_html !== body.body_html) purged.push(body.id);
            checked++;
          }
          afterId = batch.at(-1)!.id;
          changed += purged.length;
          if (purged.length > 0) await events.emit('bodies.resanitized', table === 'articles' ? { articleIds: purged, pageIds: [] } : { articleIds: [], pageIds: purged });
          options.onProgress?.(checked, total);
        }
      }
      return { checked, changed, remaining: all ? 0 : await countStale() };
    },
  };
}

export type StoredHtmlService = ReturnType<typeof createStoredHtmlService>;
