// Learning from editors' exclusions: when an editor excludes a suggestion, the specific terms
// the pair shared most are remembered; every later pair sharing such a term gets less from it
// (halved per exclusion, never below a quarter), so a setting that fooled the engine once (a
// club, a hospital trust, a town tag) fools it less on similar pairs. Clearing the exclusion
// forgets it. Lists change as they are next scored (publish, edit, rebuild).
import type { Db } from '../../db/database.ts';
import * as repo from './related.repository.ts';
import { specificDf } from './scoring.ts';

/** How many of an excluded pair's shared terms are remembered. */
export const learnedTerms = 5;
export const minimumFactor = 0.25;

export function penaltyFactor(exclusions: number): number {
  return Math.max(minimumFactor, 0.5 ** exclusions);
}

/** The specific terms two indexed articles share most (by the product of their weights). */
export async function sharedSpecificTerms(db: Db, articleId: number, relatedId: number): Promise<string[]> {
  const own = new Map((await repo.listTermsOf(db, articleId)).map((row) => [row.term, row.weight]));
  const products: [string, number][] = [];
  for (const row of await repo.listTermsOf(db, relatedId)) {
    const weight = own.get(row.term);
    if (weight !== undefined) products.push([row.term, weight * row.weight]);
  }
  const frequencies = new Map((await repo.listDocumentFrequencies(db, products.map(([term]) => term))).map((row) => [row.term, row.df]));
  return products
    .filter(([term]) => (frequencies.get(term) ?? 0) <= specificDf)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, learnedTerms)
    .map(([term]) => term);
}

/** term → factor (< 1) for the terms exclusions have named; others are absent (factor 1). */
export async function termFactors(db: Db, terms: string[]): Promise<Map<string, number>> {
  return new Map((await repo.listTermPenalties(db, terms)).map((row) => [row.term, penaltyFactor(row.exclusions)]));
}
