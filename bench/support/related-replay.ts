// The related-articles engine's arithmetic replayed in memory over every pair of a labelled
// corpus, as `rebuildIndex()` leaves a site: the same analyzer, field weights, IDF², 64 stored
// terms, specific terms, score, evidence and calibrated threshold (src/discovery/related/), but
// no database and no candidate limits, so one corpus and seed takes a second instead of a
// minute. For trying a change to the evidence or the threshold on many seeds before building it;
// test/db/related-replay.test.ts checks that it still gives the lists the engine stores.
import { loadAnalyzer } from '../../src/discovery/related/analyzer.ts';
import { calibratedThreshold, evidenceFloor } from '../../src/discovery/related/calibration.ts';
import { documentTerms } from '../../src/discovery/related/document-terms.ts';
import { markdownToText } from '../../src/discovery/related/markdown-text.ts';
import { storedTerms } from '../../src/discovery/related/related.service.ts';
import { idfExponent, isEntityTerm, relatedEvidence, relatedScore, specificDf } from '../../src/discovery/related/scoring.ts';
import { heaviest, idf, sublinearTf, tfIdf, unit, type Vector } from '../../src/discovery/related/tf-idf.ts';
import { listSize } from '../../src/discovery/related/top-lists.ts';
import type { CorpusArticle } from '../related-corpus.ts';
import { measure, type Figures, type Judged } from '../related-measures.ts';

export interface ReplayDocument {
  /** Position in the corpus. */
  index: number;
  item: CorpusArticle;
  /** The stored vector: its heaviest terms at unit length. */
  vector: Vector;
  specific: Set<string>;
}

export interface ReplayPair {
  from: number;
  to: number;
  /** With what editors' pins and exclusions taught (`termFactors`). */
  cosine: number;
  /** The texts' own cosine (tells near-duplicates). */
  textCosine: number;
  /** The part of the cosine carried by specific terms. */
  specificCosine: number;
  /** Cosine of the two articles' entity terms (1 when either has none). */
  entityAgreement: number;
  ageDifferenceMs: number;
  score: number;
  evidence: number;
  /** The evidence before what editors taught (= `evidence` without `termFactors`): the threshold is calibrated on it. */
  textEvidence: number;
}

/** Each article's stored list: its best `listSize` pairs by score. */
export type ReplayLists = ReplayPair[][];

/** The corpus's vectors, as a rebuild weighs them (every IDF final). */
export async function replayDocuments(corpus: readonly CorpusArticle[], language = 'en'): Promise<ReplayDocument[]> {
  const analyzer = await loadAnalyzer(language);
  const counts = corpus.map((item) =>
    documentTerms({ headline: item.headline, standfirst: item.standfirst, bodyText: markdownToText(item.bodyMarkdown), tags: item.tags, people: [item.author] }, analyzer),
  );
  const df = new Map<string, number>();
  for (const terms of counts) for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const documents = corpus.length;
  const idfs = new Map([...df].map(([term, count]) => [term, idf(count, documents) ** idfExponent]));
  return corpus.map((item, index) => {
    const vector = unit(heaviest(tfIdf(sublinearTf(counts[index]!), idfs, documents), storedTerms));
    return { index, item, vector, specific: new Set([...vector.keys()].filter((term) => df.get(term)! <= specificDf)) };
  });
}

export interface ReplayOptions {
  /** Replaces the engine's evidence rule (to try one). */
  evidenceOf?: (pair: ReplayPair) => number;
  /** term → factor on its share of every pair's cosine, as editors' exclusions and pins teach it (related-learning.ts). */
  termFactors?: ReadonlyMap<string, number>;
}

/** Every article's list, every other article a candidate. */
export function replayLists(documents: readonly ReplayDocument[], { evidenceOf = defaultEvidence, termFactors = new Map() }: ReplayOptions = {}): ReplayLists {
  return documents.map((from) => {
    const ownEntities = Math.sqrt([...from.vector].reduce((sum, [term, weight]) => sum + (isEntityTerm(term) ? weight * weight : 0), 0));
    const list: ReplayPair[] = [];
    for (const to of documents) {
      if (to === from) continue;
      let cosine = 0, textCosine = 0, specificCosine = 0, textSpecificCosine = 0, entityDot = 0, entitySquares = 0;
      for (const [term, weight] of to.vector) {
        const own = from.vector.get(term);
        if (isEntityTerm(term)) {
          entityDot += (own ?? 0) * weight;
          entitySquares += weight * weight;
        }
        if (own === undefined) continue;
        const product = own * weight * (termFactors.get(term) ?? 1);
        textCosine += own * weight;
        cosine += product;
        if (from.specific.has(term)) {
          specificCosine += product;
          textSpecificCosine += own * weight;
        }
      }
      cosine = Math.min(1, cosine);
      textCosine = Math.min(1, textCosine);
      const ageDifferenceMs = from.item.publishedAt.getTime() - to.item.publishedAt.getTime();
      const score = relatedScore(cosine, ageDifferenceMs, false, textCosine);
      if (score <= 0) continue;
      const entityAgreement = entitySquares > 0 && ownEntities > 0 ? entityDot / (Math.sqrt(entitySquares) * ownEntities) : 1;
      const pair: ReplayPair = { from: from.index, to: to.index, cosine, textCosine, specificCosine, entityAgreement, ageDifferenceMs, score, evidence: 0, textEvidence: 0 };
      pair.evidence = evidenceOf(pair);
      pair.textEvidence = termFactors.size === 0 ? pair.evidence : evidenceOf({ ...pair, specificCosine: textSpecificCosine });
      list.push(pair);
    }
    return list.sort((a, b) => b.score - a.score || a.to - b.to).slice(0, listSize);
  });
}

function defaultEvidence(pair: ReplayPair): number {
  return relatedEvidence(pair.specificCosine, pair.textCosine, pair.ageDifferenceMs, false, pair.entityAgreement);
}

/** The threshold the site would calibrate on these lists (calibration.ts). */
export function replayThreshold(lists: ReplayLists): number {
  return calibratedThreshold(lists.map((list) => (list.length > 0 ? Math.max(...list.map((pair) => pair.textEvidence)) : evidenceFloor)));
}

/**
 * What readers get at `threshold` (the calibrated one by default), in the quality bench's honest
 * definitions; `counted` leaves articles out of the figures (those an editor has corrected).
 */
export function replayFigures(documents: readonly ReplayDocument[], lists: ReplayLists, threshold = replayThreshold(lists), counted?: (index: number) => boolean): { threshold: number; figures: Figures } {
  const judged: Judged[] = documents.map((document) => ({ story: replayStory(documents, document.index), shown: lists[document.index]!.filter((pair) => pair.evidence >= threshold).map((pair) => pair.to) }));
  return { threshold, figures: measure(judged, (index) => replayStory(documents, index), counted).honest };
}

/** An article's story in the corpus's labels, or undefined for one in no story. */
export function replayStory(documents: readonly ReplayDocument[], index: number): number | undefined {
  const cluster = documents[index]!.item.cluster;
  return cluster >= 0 ? cluster : undefined;
}

/**
 * The trade-off itself, whatever a calibration would pick: the figures at the highest threshold
 * that still shows a box to `boxShown` of the story articles. Box shown only falls as the
 * threshold rises, so a binary search over the evidence values finds it.
 */
export function replayKnee(documents: readonly ReplayDocument[], lists: ReplayLists, boxShown = 0.95): { threshold: number; figures: Figures } {
  const values = [...new Set(lists.flatMap((list) => list.map((pair) => pair.evidence)))].sort((a, b) => b - a);
  const shown = (threshold: number) => replayFigures(documents, lists, threshold).figures['box shown: story articles']!;
  let [low, high] = [0, values.length - 1];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (shown(values[middle]!) >= boxShown) high = middle;
    else low = middle + 1;
  }
  return replayFigures(documents, lists, values[low] ?? 0);
}

/**
 * A lead measured on 3 December (docs/discovery.md), not in the engine: each pair's evidence
 * times how much of each article's specific weight the other article and its `neighbours` best
 * matches by score also carry (the mean of both directions), relative to the site's median of
 * that over each article's best pair, never above 1. An article of a story is echoed by the
 * story around its match; a one-off that shares one particular with a story is not.
 */
export function withStoryCoverage(documents: readonly ReplayDocument[], lists: ReplayLists, neighbours = 5): ReplayLists {
  const around = lists.map((list) => list.slice(0, neighbours).map((pair) => pair.to));
  const covered = (from: number, to: number) => {
    const vectors = [to, ...around[to]!.filter((index) => index !== from)].map((index) => documents[index]!.vector);
    let all = 0, echoed = 0;
    for (const [term, weight] of documents[from]!.vector) {
      if (!documents[from]!.specific.has(term)) continue;
      all += weight * weight;
      if (vectors.some((vector) => vector.has(term))) echoed += weight * weight;
    }
    return all === 0 ? 1 : echoed / all;
  };
  const coverage = lists.map((list) => list.map((pair) => (covered(pair.from, pair.to) + covered(pair.to, pair.from)) / 2));
  const ofBest = lists
    .map((list, i) => (list.length === 0 ? undefined : coverage[i]![list.indexOf(list.reduce((best, pair) => (pair.evidence > best.evidence ? pair : best)))]!))
    .filter((value) => value !== undefined)
    .sort((a, b) => a - b);
  const typical = ofBest[Math.floor(ofBest.length / 2)] ?? 1;
  return lists.map((list, i) =>
    list.map((pair, j) => {
      const evidence = pair.evidence * Math.min(1, coverage[i]![j]! / typical);
      return { ...pair, evidence, textEvidence: evidence };
    }),
  );
}
