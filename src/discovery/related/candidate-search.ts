// Finding and scoring the articles most like one vector without reading the whole index: only
// the postings of its heaviest terms, each read heaviest-first and only so deep, give
// candidates (and the other articles of its story, when it names one); the best of those by
// partial score get an exact cosine over all stored terms, and their evidence (scoring.ts).
// Cost per search is bounded by the constants below, whatever the size of the site.
import type { Db } from '../../db/database.ts';
import { termFactors } from './related-learning.ts';
import * as repo from './related.repository.ts';
import { isEntityTerm, relatedEvidence, relatedScore } from './scoring.ts';
import { heaviest, type Vector } from './tf-idf.ts';
import { topScored, type Scored } from './top-lists.ts';

/** How many of the article's terms look up candidates. */
export const queryTerms = 16;
/** How deep each term's postings are read. */
export const postingsPerTerm = 400;
/** How many candidates get an exact score. */
export const candidatesScored = 150;
/** How many other articles of the same story are read as candidates. */
export const storyCandidates = 50;

export interface SearchQuery {
  articleId: number;
  /** The article's stored vector: tf-idf weights of its heaviest terms, at unit length. */
  vector: Vector;
  /** Those of its terms that are specific (few articles use them). */
  specific: Set<string>;
  /** Its story, normalised, or null. */
  story: string | null;
  publishedAt: Date;
}

/** Scores (> 0) and evidence of the best candidates against the query article, which is never among them. */
export async function scoreCandidates(db: Db, query: SearchQuery): Promise<Map<number, Scored>> {
  // A term editors' pins and exclusions taught counts for more or less (related-learning.ts),
  // in the search for candidates as in their scores.
  const factors = await termFactors(db, [...query.vector.keys()]);
  const learned = new Map([...query.vector].map(([term, weight]) => [term, weight * (factors.get(term) ?? 1)]));
  const partial = new Map<number, number>();
  for (const [term, weight] of heaviest(learned, queryTerms)) {
    for (const posting of await repo.listPostings(db, term, postingsPerTerm)) {
      if (posting.article_id === query.articleId) continue;
      partial.set(posting.article_id, (partial.get(posting.article_id) ?? 0) + weight * Number(posting.weight));
    }
  }
  const ids = topScored([...partial].map(([id, score]) => ({ id, score, evidence: 0 })), candidatesScored).map((entry) => entry.id);
  const siblings = query.story ? (await repo.listStoryMembers(db, query.story, storyCandidates + 1)).filter((id) => id !== query.articleId) : [];
  const candidates = [...new Set([...ids, ...siblings])];
  if (candidates.length === 0) return new Map();

  // Both vectors are unit length, so the dot product over shared terms is the cosine.
  const cosines = new Map<number, number>();
  const textCosines = new Map<number, number>();
  const specific = new Map<number, number>();
  const textSpecific = new Map<number, number>();
  const entities = new Map<number, { dot: number; squares: number }>();
  const ownEntities = Math.sqrt([...query.vector].reduce((sum, [term, weight]) => sum + (isEntityTerm(term) ? weight * weight : 0), 0));
  for (const row of await repo.listTermWeights(db, candidates)) {
    const weight = query.vector.get(row.term);
    if (isEntityTerm(row.term)) {
      const entity = entities.get(row.article_id) ?? { dot: 0, squares: 0 };
      entities.set(row.article_id, { dot: entity.dot + (weight ?? 0) * Number(row.weight), squares: entity.squares + Number(row.weight) ** 2 });
    }
    if (weight === undefined) continue;
    const text = weight * Number(row.weight);
    const product = text * (factors.get(row.term) ?? 1);
    textCosines.set(row.article_id, (textCosines.get(row.article_id) ?? 0) + text);
    cosines.set(row.article_id, (cosines.get(row.article_id) ?? 0) + product);
    if (query.specific.has(row.term)) {
      specific.set(row.article_id, (specific.get(row.article_id) ?? 0) + product);
      textSpecific.set(row.article_id, (textSpecific.get(row.article_id) ?? 0) + text);
    }
  }
  // How far two articles' people, names and tags agree (1 when either names none: no information).
  const agreement = (id: number) => {
    const entity = entities.get(id);
    return entity && entity.squares > 0 && ownEntities > 0 ? entity.dot / (Math.sqrt(entity.squares) * ownEntities) : 1;
  };
  const scores = new Map<number, Scored>();
  for (const document of await repo.listDocuments(db, candidates)) {
    const cosine = Math.min(1, cosines.get(document.article_id) ?? 0);
    const textCosine = Math.min(1, textCosines.get(document.article_id) ?? 0);
    const sameStory = query.story !== null && document.story === query.story;
    const age = query.publishedAt.getTime() - Date.parse(document.published_at);
    const score = relatedScore(cosine, age, sameStory, textCosine);
    if (score <= 0) continue;
    const evidenceOf = (part: Map<number, number>) => relatedEvidence(part.get(document.article_id) ?? 0, textCosine, age, sameStory, agreement(document.article_id));
    const entry: Scored = { id: document.article_id, score, evidence: evidenceOf(specific) };
    // Where lessons changed it, the evidence before them too: the threshold is calibrated on that.
    const textEvidence = evidenceOf(textSpecific);
    if (textEvidence !== entry.evidence) entry.textEvidence = textEvidence;
    scores.set(document.article_id, entry);
  }
  return scores;
}
