// Finding and scoring the articles most like one vector without reading the whole index: only
// the postings of its heaviest terms, each read heaviest-first and only so deep, give
// candidates; the best of those by partial score get an exact cosine over all stored terms.
// Cost per search is bounded by the constants below, whatever the size of the site.
import type { Db } from '../../db/database.ts';
import * as repo from './related.repository.ts';
import { relatedScore } from './scoring.ts';
import { heaviest, type Vector } from './tf-idf.ts';
import { topScored } from './top-lists.ts';

/** How many of the article's terms look up candidates. */
export const queryTerms = 16;
/** How deep each term's postings are read. */
export const postingsPerTerm = 400;
/** How many candidates get an exact score. */
export const candidatesScored = 150;

export interface SearchQuery {
  articleId: number;
  /** The article's stored vector: tf-idf weights of its heaviest terms, at unit length. */
  vector: Vector;
  publishedAt: Date;
}

/** Scores (> 0) of the best candidates against the query article, which is never among them. */
export async function scoreCandidates(db: Db, query: SearchQuery): Promise<Map<number, number>> {
  const partial = new Map<number, number>();
  for (const [term, weight] of heaviest(query.vector, queryTerms)) {
    for (const posting of await repo.listPostings(db, term, postingsPerTerm)) {
      if (posting.article_id === query.articleId) continue;
      partial.set(posting.article_id, (partial.get(posting.article_id) ?? 0) + weight * Number(posting.weight));
    }
  }
  const ids = topScored([...partial].map(([id, score]) => ({ id, score })), candidatesScored).map((entry) => entry.id);
  if (ids.length === 0) return new Map();

  // Both vectors are unit length, so the dot product over shared terms is the cosine.
  const cosines = new Map<number, number>();
  for (const row of await repo.listTermWeights(db, ids)) {
    const weight = query.vector.get(row.term);
    if (weight !== undefined) cosines.set(row.article_id, (cosines.get(row.article_id) ?? 0) + weight * Number(row.weight));
  }
  const scores = new Map<number, number>();
  for (const document of await repo.listDocuments(db, ids)) {
    const cosine = Math.min(1, cosines.get(document.article_id) ?? 0);
    const score = relatedScore(cosine, query.publishedAt.getTime() - Date.parse(document.published_at));
    if (score > 0) scores.set(document.article_id, score);
  }
  return scores;
}
