// The read side of related articles, for page views: the stored list merged with editors'
// pins and exclusions and cut at the site's calibrated evidence threshold (calibration.ts).
// Three small indexed reads; nothing is computed here. Visibility (published, not in the
// future) is the caller's to check.
import type { Db } from '../../db/database.ts';
import * as repo from './related.repository.ts';
import { evidenceThreshold } from './scoring.ts';
import { displayOrder } from './top-lists.ts';

/** The evidence a suggestion needs on this site: calibrated on its lists, or the default before that. */
export async function currentThreshold(db: Db): Promise<number> {
  return (await repo.findCalibration(db))?.threshold ?? evidenceThreshold;
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
