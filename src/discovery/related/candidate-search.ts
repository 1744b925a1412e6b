// Finding and scoring the articles most like one vector without reading the whole index: only
// the postings of its heaviest terms, each read heaviest-first and only so deep, give
// candidates; the best of those by partial score get an exact cosine over all stored terms.
// Cost per search is bounded by the constants below, whatever the size of the site.
import type { Db } from '../../db/database.ts';
import * as repo from './related.repository.ts';
import { relatedScore } from './scoring.ts';
import { heaviest, idf, type Vector } from './tf-idf.ts';
import { topScored } from './top-lists.ts';

/** How many of the article's terms look up candidates. */
export const queryTerms = 16;
/** How deep each term's postings are read. */
export const postingsPerTerm = 400;
/** How many candidates get an exact score. */
export const candidatesScored = 150;

export interface SearchQuery {
  articleId: number;
  /** tf-idf weights of the article's stored terms. */
  vector: Vector;
  /** idf of the same terms, as used for `vector`. */
  idfs: Map<string, number>;
  norm: number;
  publishedAt: Date;
}

/** Scores (> 0) of the best candidates against the query article, which is never among them. */
export async function scoreCandidates(db: Db, query: SearchQuery): Promise<Map<number, number>> {
  const partial = new Map<number, number>();
  for (const [term, weight] of heaviest(query.vector, queryTerms)) {
    const termIdf = query.idfs.get(term) ?? idf(0, 0);
    for (const posting of await repo.listPostings(db, term, postingsPerTerm)) {
      if (posting.article_id === query.articleId) continue;
      partial.set(posting.article_id, (partial.get(posting.article_id) ?? 0) + weight * Number(posting.weight) * termIdf);
    }
  }
  const ids = topScored([...partial].map(([id, score]) => ({ id, score })), candidatesScored).map((entry) => entry.id);
  if (ids.length === 0 || query.norm === 0) return new Map();

  const dots = new Map<number, number>();
  for (const row of await repo.listTermWeights(db, ids, [...query.vector.keys()])) {
    const contribution = query.vector.get(row.term)! * Number(row.weight) * (query.idfs.get(row.term) ?? 0);
    dots.set(row.article_id, (dots.get(row.article_id) ?? 0) + contribution);
  }
  const scores = new Map<number, number>();
  for (const document of await repo.listDocuments(db, ids)) {
    const norm = Number(document.norm);
    if (norm === 0) continue;
    // The candidate's norm was taken with the IDFs of its own indexing: clamp the drift.
    const cosine = Math.min(1, (dots.get(document.article_id) ?? 0) / (query.norm * norm));
    const score = relatedScore(cosine, query.publishedAt.getTime() - Date.parse(document.published_at));
    if (score > 0) scores.set(document.article_id, score);
  }
  return scores;
}
