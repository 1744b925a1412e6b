// Why the related list is what it is, for the editor: each suggestion's confidence (its
// evidence) and the terms, names and tags the two articles share, heaviest first; and which
// story an article without one seems to belong to, from the stories of its confident matches.
import type { Db } from '../../db/database.ts';
import * as repo from './related.repository.ts';
import { termFactors } from './related-learning.ts';
import { currentThreshold } from './related-lookup.ts';

export interface SharedTerm {
  /** What an editor reads: a stem ("sepsi"), a person ("amara osei") or a tag ("water treaty"). */
  text: string;
  kind: 'word' | 'person' | 'tag';
  /** Counted for more or less because editors' pins or exclusions taught it (related-learning.ts). */
  learned?: 'strengthened' | 'weakened';
}

export interface Explanation {
  relatedId: number;
  /** 0–1: the evidence that decides showing; 1 when both are in one story. */
  confidence: number;
  sameStory: boolean;
  shared: SharedTerm[];
}

const shownTerms = 6;

export function describeTerm(term: string): SharedTerm {
  if (term.startsWith('@')) return { text: term.slice(1), kind: 'person' };
  if (term.startsWith('#')) return { text: term.slice(1), kind: 'tag' };
  return { text: term, kind: 'word' };
}

/** Shared evidence of `articleId` with each of `relatedIds` (those not in its stored list get confidence 0). */
export async function explainRelated(db: Db, articleId: number, relatedIds: number[]): Promise<Explanation[]> {
  if (relatedIds.length === 0) return [];
  const stored = new Map((await repo.listStoredList(db, articleId)).map((entry) => [entry.id, entry]));
  const own = new Map((await repo.listTermsOf(db, articleId)).map((row) => [row.term, row.weight]));
  const products = new Map<number, Map<string, number>>(relatedIds.map((id) => [id, new Map()]));
  for (const row of await repo.listTermWeights(db, relatedIds)) {
    const weight = own.get(row.term);
    if (weight !== undefined) products.get(row.article_id)!.set(row.term, weight * Number(row.weight));
  }
  const document = await repo.findDocument(db, articleId);
  const stories = new Map((await repo.listDocuments(db, relatedIds)).map((row) => [row.article_id, row.story]));
  const factors = await termFactors(db, [...own.keys()]);
  const learned = (term: string): Pick<SharedTerm, 'learned'> => {
    const factor = factors.get(term) ?? 1;
    return factor > 1 ? { learned: 'strengthened' } : factor < 1 ? { learned: 'weakened' } : {};
  };
  return relatedIds.map((relatedId) => {
    const sameStory = !!document?.story && stories.get(relatedId) === document.story;
    const shared = [...products.get(relatedId)!]
      .map(([term, product]): [string, number] => [term, product * (factors.get(term) ?? 1)])
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, shownTerms)
      .map(([term]) => ({ ...describeTerm(term), ...learned(term) }));
    return { relatedId, confidence: stored.get(relatedId)?.evidence ?? 0, sameStory, shared };
  });
}

/**
 * The story (normalised) most of an article's confident matches belong to, weighed by their
 * evidence; undefined when none of them has one. For an article that has no story yet.
 */
export async function suggestStory(db: Db, articleId: number): Promise<{ story: string; articleIds: number[] } | undefined> {
  const threshold = await currentThreshold(db);
  const confident = (await repo.listStoredList(db, articleId)).filter((entry) => entry.evidence >= threshold);
  const stories = new Map((await repo.listDocuments(db, confident.map((entry) => entry.id))).map((row) => [row.article_id, row.story]));
  const weights = new Map<string, { weight: number; articleIds: number[] }>();
  for (const entry of confident) {
    const story = stories.get(entry.id);
    if (!story) continue;
    const current = weights.get(story) ?? { weight: 0, articleIds: [] };
    weights.set(story, { weight: current.weight + entry.evidence, articleIds: [...current.articleIds, entry.id] });
  }
  const best = [...weights].sort((a, b) => b[1].weight - a[1].weight)[0];
  return best && { story: best[0], articleIds: best[1].articleIds };
}
