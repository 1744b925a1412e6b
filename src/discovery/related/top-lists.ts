// The stored lists as plain data: keeping the best ten, and working out which other articles'
// lists change when one article is (re)indexed or removed. Scores are symmetric, so an
// article's scores against its candidates are also their scores against it.
export interface Scored {
  id: number;
  /** Ranks the list: cosine × recency (+1 for the same story). */
  score: number;
  /** Decides showing: the part of the similarity carried by specific terms (scoring.ts). */
  evidence: number;
  /**
   * The evidence before what editors' pins and exclusions taught (related-learning.ts), where
   * they changed it: the site's threshold is calibrated on this, not on `evidence`.
   */
  textEvidence?: number;
}

export const listSize = 10;

/** Best first; equal scores by id, so the order is stable. */
export function topScored(entries: Iterable<Scored>, size = listSize): Scored[] {
  return [...entries].filter((entry) => entry.score > 0).sort((a, b) => b.score - a.score || a.id - b.id).slice(0, size);
}

export interface NeighbourPlan {
  /** Lists that can be rewritten from what is known. */
  rewrite: Map<number, Scored[]>;
  /** Lists that lost an entry or saw it fall, where an article outside could now beat it: score again. */
  recompute: number[];
}

/**
 * `articleId` has new scores against its candidates (`scores`; empty when it was removed).
 * `lists` holds the current lists of those candidates and of every article listing it. An
 * article joins a list it now beats the last entry of; where it was listed and fell below the
 * old last entry, or dropped out, an unknown article might take its place, so that list is
 * computed again (a list not yet full is simply rewritten: there is nobody else to find).
 */
export function planNeighbours(articleId: number, scores: Map<number, Scored>, lists: Map<number, Scored[]>, size = listSize): NeighbourPlan {
  const plan: NeighbourPlan = { rewrite: new Map(), recompute: [] };
  for (const owner of new Set([...scores.keys(), ...lists.keys()])) {
    if (owner === articleId) continue;
    const current = lists.get(owner) ?? [];
    const listed = current.find((entry) => entry.id === articleId);
    const others = current.filter((entry) => entry.id !== articleId);
    const entry = scores.get(owner);
    const score = entry?.score ?? 0;
    const full = current.length >= size;
    const last = current.length > 0 ? Math.min(...current.map((entry) => entry.score)) : 0;
    if (listed) {
      if (entry && score > 0 && (score >= last || !full)) plan.rewrite.set(owner, topScored([...others, { ...entry, id: articleId }], size));
      else if (full) plan.recompute.push(owner);
      else plan.rewrite.set(owner, others);
    } else if (entry && score > 0 && (!full || score > last)) {
      plan.rewrite.set(owner, topScored([...others, { ...entry, id: articleId }], size));
    }
  }
  return plan;
}

export interface Pin {
  relatedId: number;
  kind: 'pin' | 'exclude';
  position: number;
}

/** What readers get: pins first in their order, then stored entries with enough evidence; exclusions never. */
export function displayOrder(stored: Scored[], pins: Pin[], threshold: number): number[] {
  const pinned = pins.filter((pin) => pin.kind === 'pin').sort((a, b) => a.position - b.position).map((pin) => pin.relatedId);
  const hidden = new Set(pins.map((pin) => pin.relatedId));
  const ranked = stored.filter((entry) => entry.evidence >= threshold && !hidden.has(entry.id)).map((entry) => entry.id);
  return [...pinned, ...ranked];
}
