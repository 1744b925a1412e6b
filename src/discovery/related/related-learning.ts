// Learning from editors' pins and exclusions: when an editor excludes or pins a suggestion, the
// specific terms the pair shared most are remembered with it (related_pin_terms). Every later
// pair sharing such a term gets less from it per exclusion (halved, never below a quarter), so
// a setting that fooled the engine once (a club, a hospital trust, a town tag) fools it less on
// similar pairs; and more per pin (× 1.5, at most × 2), so the particulars an editor confirmed
// as one story's (a ward, a vessel, an operation) carry its other articles over the threshold.
// Clearing the pin or exclusion forgets what it taught. Lists change as they are next scored
// (publish, edit, the background job, rebuild); the pair's own two at once.
import type { Db } from '../../db/database.ts';
import * as repo from './related.repository.ts';
import { specificDf } from './scoring.ts';

/** How many of an excluded pair's shared terms are remembered. */
export const learnedTerms = 5;
export const minimumFactor = 0.25;

/** Each pin multiplies a named term's share by this, up to `maximumFactor`. */
export const pinBoost = 1.5;
export const maximumFactor = 2;

export function penaltyFactor(exclusions: number): number {
  return Math.max(minimumFactor, 0.5 ** exclusions);
}

/** A term's factor from the exclusions and pins that named it. */
export function termFactor({ exclusions, pins }: { exclusions: number; pins: number }, boost = pinBoost, cap = maximumFactor): number {
  return penaltyFactor(exclusions) * Math.min(cap, boost ** pins);
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

/** term → factor for the terms pins and exclusions have taught; others are absent (factor 1). */
export async function termFactors(db: Db, terms: string[]): Promise<Map<string, number>> {
  return new Map((await repo.listTermLessons(db, terms)).map((row) => [row.term, termFactor(row)]));
}
