// The evidence a suggestion needs on this site, from the site's own lists rather than one fixed
// number: evidence sits on a different scale on different archives (long copy full of rare
// words spreads a story's weight thinner than short, formulaic local copy). Each article's best
// evidence is taken; on a site with stories and one-offs those values form two groups (articles
// whose story the archive has, and articles with only chance overlaps). The cut between them is
// found by Otsu's method on the logarithms (the cut that best separates the two groups), raised
// a little (`calibrationMargin`) and kept within bounds. Too few articles: the fixed default.
// Chosen with bench/related-quality.bench.ts on half of each corpus; docs/discovery.md.
import { evidenceThreshold } from './scoring.ts';

/**
 * Fewer indexed articles than this: the default threshold. On a small site nearly every term is
 * in at most `specificDf` articles, so evidence is the whole cosine and two groups cannot be told
 * apart (a 62-article test site calibrated itself to 0.26 and hid right answers).
 */
export const calibrationMinArticles = 200;
/** The cut is multiplied by this: a little above the valley, towards the confident side. */
export const calibrationMargin = 1.1;
/** The calibrated threshold never leaves these bounds. */
export const calibrationBounds = { min: 0.1, max: 0.3 } as const;
/** An article whose best evidence is lower (or that has no list) counts as this. */
export const evidenceFloor = 0.01;
/** Computed again once the site has grown by this share since the last time. */
export const recalibrationGrowth = 0.05;

/** Otsu's threshold: the cut that maximises the between-group variance of the sorted values. */
export function otsuCut(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n < 2) return sorted[0] ?? 0;
  const prefix = [0];
  for (const value of sorted) prefix.push(prefix[prefix.length - 1]! + value);
  let best = -1;
  let cut = sorted[0]!;
  for (let k = 1; k < n; k++) {
    if (sorted[k] === sorted[k - 1]) continue;
    const low = prefix[k]! / k;
    const high = (prefix[n]! - prefix[k]!) / (n - k);
    const between = (k / n) * (1 - k / n) * (low - high) ** 2;
    if (between > best) {
      best = between;
      cut = (sorted[k - 1]! + sorted[k]!) / 2;
    }
  }
  return cut;
}

/**
 * The threshold for a site whose indexed articles have these best evidences (one per article;
 * articles without a list count as `evidenceFloor`).
 */
export function calibratedThreshold(bestEvidence: number[]): number {
  if (bestEvidence.length < calibrationMinArticles) return evidenceThreshold;
  const cut = Math.exp(otsuCut(bestEvidence.map((value) => Math.log(Math.max(evidenceFloor, value)))));
  return Math.min(calibrationBounds.max, Math.max(calibrationBounds.min, cut * calibrationMargin));
}

/** Whether a calibration made at `calibratedAt` articles is due again at `articles`. */
export function recalibrationDue(calibratedAt: number | undefined, articles: number): boolean {
  if (articles < calibrationMinArticles) return false;
  return calibratedAt === undefined || articles >= calibratedAt * (1 + recalibrationGrowth) || articles <= calibratedAt * (1 - recalibrationGrowth);
}
