// The evidence a suggestion needs on this site, from the site's own lists rather than one fixed
// number: evidence sits on a different scale on different archives (long copy full of rare
// words spreads a story's weight thinner than short, formulaic local copy). Each article's best
// evidence is taken; on a site with stories and one-offs those values form two groups (articles
// whose story the archive has, and articles with only chance overlaps). On the logarithms, a
// mixture of two normal distributions is fitted to them (EM, started from Otsu's cut), and the
// threshold is where an article becomes more likely to belong to the confident group than to the
// chance one (posterior one half: no margin to choose), kept within bounds. Too few articles:
// the fixed default. Measured with bench/related-quality.bench.ts on both corpora; docs/discovery.md.
import { evidenceThreshold } from './scoring.ts';

/**
 * Fewer indexed articles than this: the default threshold. On a small site nearly every term is
 * in at most `specificDf` articles, so evidence is the whole cosine and two groups cannot be told
 * apart (a 62-article test site calibrated itself to 0.26 and hid right answers).
 */
export const calibrationMinArticles = 200;
/**
 * A site first calibrated at no more than this many articles has its index rebuilt then, which
 * calibrates it (related.service.ts): lists stored while it was small carry evidence from when
 * nearly every term was specific. A larger site (one upgraded with an archive) has its stale lists
 * scored again by the background job (related.service.ts, rescoreStale), which calibrates it again.
 */
export const firstCalibrationRebuildLimit = 2 * calibrationMinArticles;
/** EM rounds fitting the two groups; a group's spread (log scale) is never taken below this. */
const mixtureRounds = 100;
const minimumSpread = 0.05;
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

interface Group { weight: number; mean: number; spread: number }

const density = (x: number, group: Group) => (group.weight * Math.exp(-0.5 * ((x - group.mean) / group.spread) ** 2)) / group.spread;

/** The upper (or lower) group as the responsibilities weigh the values. */
function describe(values: Float64Array, upperShare: Float64Array, upper: boolean): Group {
  let total = 0, sum = 0, squares = 0;
  for (let k = 0; k < values.length; k++) {
    const r = upper ? upperShare[k]! : 1 - upperShare[k]!;
    total += r;
    sum += r * values[k]!;
  }
  const mean = sum / total;
  for (let k = 0; k < values.length; k++) squares += (upper ? upperShare[k]! : 1 - upperShare[k]!) * (values[k]! - mean) ** 2;
  return { weight: total / values.length, mean, spread: Math.max(minimumSpread, Math.sqrt(squares / total)) };
}

/**
 * Where, between the two groups' means, a value becomes likelier to be in the upper group than in
 * the lower, for a mixture of two normal distributions fitted to the values (EM from Otsu's split,
 * until the means settle). Values that do not form two groups: Otsu's cut.
 */
export function mixtureCut(input: number[]): number {
  const cut = otsuCut(input);
  const values = Float64Array.from(input);
  const upperShare = values.map((x) => (x > cut ? 1 : 0));
  if (upperShare.every((r) => r === 1) || upperShare.every((r) => r === 0)) return cut;
  let [low, high] = [describe(values, upperShare, false), describe(values, upperShare, true)];
  for (let round = 0; round < mixtureRounds; round++) {
    for (let k = 0; k < values.length; k++) {
      const up = density(values[k]!, high), down = density(values[k]!, low);
      upperShare[k] = up + down === 0 ? (values[k]! > cut ? 1 : 0) : up / (up + down);
    }
    const [before, after] = [[low.mean, high.mean], [(low = describe(values, upperShare, false)).mean, (high = describe(values, upperShare, true)).mean]];
    if (!(low.weight > 0 && high.weight > 0) || !(high.mean > low.mean)) return cut;
    if (Math.abs(after[0]! - before[0]!) + Math.abs(after[1]! - before[1]!) < 1e-6) break;
  }
  let [from, to] = [low.mean, high.mean];
  for (let step = 0; step < 60; step++) {
    const middle = (from + to) / 2;
    if (density(middle, high) < density(middle, low)) from = middle;
    else to = middle;
  }
  return (from + to) / 2;
}

/**
 * The threshold for a site whose indexed articles have these best evidences (one per article;
 * articles without a list count as `evidenceFloor`).
 */
export function calibratedThreshold(bestEvidence: number[]): number {
  if (bestEvidence.length < calibrationMinArticles) return evidenceThreshold;
  const cut = Math.exp(mixtureCut(bestEvidence.map((value) => Math.log(Math.max(evidenceFloor, value)))));
  return Math.min(calibrationBounds.max, Math.max(calibrationBounds.min, cut));
}

/** Whether a calibration made at `calibratedAt` articles is due again at `articles`. */
export function recalibrationDue(calibratedAt: number | undefined, articles: number): boolean {
  if (articles < calibrationMinArticles) return false;
  return calibratedAt === undefined || articles >= calibratedAt * (1 + recalibrationGrowth) || articles <= calibratedAt * (1 - recalibrationGrowth);
}
