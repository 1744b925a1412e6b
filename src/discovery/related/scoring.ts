// From similarity to what a list is ranked by and what decides showing. The score (ranking) is
// cosine, times a mild preference for stories published close in time to each other, times a
// heavy penalty for near-duplicates (a rewrite or a wire copy is no reading suggestion), plus
// one for the same story. The evidence (showing) is the part of the cosine carried by specific
// terms — used by at most `specificDf` articles: a story's own names and particulars, not the
// towns, institutions, tags and stock words many unrelated stories share. Evidence does not
// depend on how the site's scores are spread, so one threshold holds on archives whose scores
// sit on different scales. Evidence also fades with time apart (halved every 120 days, never
// below a quarter): an ongoing story is told over weeks and months, while a one-off article that
// happens to share one particular with a story is, on any archive, usually far from it in time.
// And it is halved when the two articles' named entities disagree — the people, multi-word names
// and tags each is about (their `@` and `#` terms) have a cosine under 0.3: a story keeps its
// setting and cast, so a shared phrase between articles about different people and institutions
// is more often two stories than one. A strong enough match still shows.
// Chosen with bench/related-quality.bench.ts (on half of each corpus's stories); docs/discovery.md.

/** Below this evidence the "See also" box and the Related list leave a story out. */
export const evidenceThreshold = 0.15;
/** A term in at most this many articles is specific (a story's, not a setting's). */
export const specificDf = 15;
/** IDF is raised to this power in the vectors: rarer shared terms count for more. */
export const idfExponent = 2;
/** Added to the score (and evidence set to 1) when both articles name the same story. */
export const sameStoryBonus = 1;
/** Cosine above which two articles count as the same story told twice. */
export const nearDuplicateCosine = 0.9;
export const nearDuplicateFactor = 0.05;
/** At most this share of the score is lost to distance in time … */
export const recencyWeight = 0.2;
/** … half of it at this many days apart. */
export const recencyHalfLifeDays = 180;

/** Evidence is halved for every this many days between two articles … */
export const evidenceHalfLifeDays = 120;
/** … down to this share: a match strong enough (4 × the threshold) shows at any distance. */
export const evidenceTimeFloor = 0.25;

/** Below this cosine between two articles' entities (people, names, tags) they disagree … */
export const entityAgreementFloor = 0.3;
/** … and their evidence is multiplied by this. */
export const entityDisagreementFactor = 0.5;

const dayMs = 86_400_000;

export function recencyFactor(ageDifferenceMs: number): number {
  const days = Math.abs(ageDifferenceMs) / dayMs;
  return 1 - recencyWeight + recencyWeight * 0.5 ** (days / recencyHalfLifeDays);
}

export function nearDuplicatePenalty(cosine: number): number {
  return cosine > nearDuplicateCosine ? nearDuplicateFactor : 1;
}

/**
 * The score a list is ranked by. `textCosine` is the cosine of the two texts as written, before
 * what editors' pins and exclusions taught (`cosine` includes it): whether two articles are the
 * same story told twice depends on their words alone.
 */
export function relatedScore(cosine: number, ageDifferenceMs: number, sameStory = false, textCosine = cosine): number {
  return cosine * recencyFactor(ageDifferenceMs) * nearDuplicatePenalty(textCosine) + (sameStory ? sameStoryBonus : 0);
}

/** How much of a pair's evidence is left at this distance in time (1 for the same day). */
export function evidenceTimeFactor(ageDifferenceMs: number): number {
  return Math.max(evidenceTimeFloor, 0.5 ** (Math.abs(ageDifferenceMs) / dayMs / evidenceHalfLifeDays));
}

/** Whether a term names an entity: a person or multi-word name (`@…`) or a whole tag (`#…`), as document-terms.ts writes them. */
export function isEntityTerm(term: string): boolean {
  return term.startsWith('@') || term.startsWith('#');
}

/**
 * Evidence of a pair: the specific part of its cosine, faded by time apart and halved when their
 * entities disagree (`entityAgreement`, the cosine of their entity terms; 1 when either has none);
 * 1 when an editor put both in one story. `textCosine` (the texts' cosine, as in `relatedScore`)
 * only tells near-duplicates.
 */
export function relatedEvidence(specificCosine: number, textCosine: number, ageDifferenceMs: number, sameStory = false, entityAgreement = 1): number {
  if (sameStory) return 1;
  const setting = entityAgreement < entityAgreementFloor ? entityDisagreementFactor : 1;
  return Math.min(1, specificCosine) * evidenceTimeFactor(ageDifferenceMs) * setting * nearDuplicatePenalty(textCosine);
}
