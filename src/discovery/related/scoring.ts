// From similarity to the score a list is ranked by: cosine, times a mild preference for
// stories published close in time to each other, times a heavy penalty for near-duplicates
// (a rewrite or a wire copy of the same story is no reading suggestion). Thresholds are chosen
// with bench/related-quality.bench.ts; docs/discovery.md records the figures.

/** Below this score the "See also" box and the Related list leave a story out. */
export const relatedThreshold = 0.24;
/** Cosine above which two articles count as the same story told twice. */
export const nearDuplicateCosine = 0.9;
export const nearDuplicateFactor = 0.05;
/** At most this share of the score is lost to distance in time … */
export const recencyWeight = 0.2;
/** … half of it at this many days apart. */
export const recencyHalfLifeDays = 180;

const dayMs = 86_400_000;

export function recencyFactor(ageDifferenceMs: number): number {
  const days = Math.abs(ageDifferenceMs) / dayMs;
  return 1 - recencyWeight + recencyWeight * 0.5 ** (days / recencyHalfLifeDays);
}

export function nearDuplicatePenalty(cosine: number): number {
  return cosine > nearDuplicateCosine ? nearDuplicateFactor : 1;
}

export function relatedScore(cosine: number, ageDifferenceMs: number): number {
  return cosine * recencyFactor(ageDifferenceMs) * nearDuplicatePenalty(cosine);
}
