// The read side of related articles, for page views: the stored list merged with editors'
// pins and exclusions and cut at the site's calibrated evidence threshold (calibration.ts).
// Two small indexed reads (the threshold is remembered a minute); nothing is computed here. Visibility (published, not in the
// future) is the caller's to check.
import type { Db } from '../../db/database.ts';
import * as repo from './related.repository.ts';
import { evidenceThreshold } from './scoring.ts';
import { displayOrder } from './top-lists.ts';

/**
 * How long a process trusts the threshold it read. It changes rarely (a rebuild, or the site
 * growing by 5 %): this process's own calibrations forget it at once (forgetThreshold), another
 * instance's reach this one within this time, and no page view pays a read for it.
 */
const thresholdTtlMs = 60_000;
let generation = 0;
const remembered = new WeakMap<Db, { threshold: number; generation: number; until: number }>();

/** Called when a calibration is saved: every threshold this process remembers is read again. */
export function forgetThreshold(): void {
  generation++;
}

/** The evidence a suggestion needs on this site: calibrated on its lists, or the default before that. */
export async function currentThreshold(db: Db): Promise<number> {
  const known = remembered.get(db);
  if (known && known.generation === generation && known.until > Date.now()) return known.threshold;
  const threshold = (await repo.findCalibration(db))?.threshold ?? evidenceThreshold;
  remembered.set(db, { threshold, generation, until: Date.now() + thresholdTtlMs });
  return threshold;
}

export type RelatedLookup = ReturnType<typeof createRelatedLookup>;

export function createRelatedLookup({ db }: { db: Db }) {
  return {
    /** Ids to suggest beside `articleId`, best first: pins, then stored matches with enough evidence. */
    async listRelatedIds(articleId: number): Promise<number[]> {
      const pins = await repo.listPins(db, articleId);
      const stored = await repo.listStoredList(db, articleId);
      return displayOrder(stored, pins, await currentThreshold(db));
    },

    /** Articles whose stored list holds `relatedId`: the pages a change to it may reach (page-cache invalidation). */
    listArticlesShowing: (relatedId: number): Promise<number[]> => repo.listListsContaining(db, relatedId),
  };
}
