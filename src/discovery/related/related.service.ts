// Keeping related-article lists current. Indexing an article (on publish or edit) stores its
// heaviest terms, updates document frequencies, scores candidates through the inverted index,
// stores its top ten and slots it into the lists it now belongs to; removing one (unpublish,
// delete) takes it out and refills the lists it leaves. Reads happen before each transaction:
// on SQLite the transaction holds the only connection. Page views never come here. Lists scored
// while the site was much smaller (older IDFs, other specific terms) are scored again by the
// background jobs, a bounded batch a run, stalest first (`rescoreStale`).
import type { Article, ArticleService } from '../../content/content.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Events } from '../../events.ts';
import type { SettingsService } from '../../settings/site-settings.ts';
import { loadAnalyzer } from './analyzer.ts';
import { calibratedThreshold, evidenceFloor, firstCalibrationRebuildLimit, recalibrationDue, recalibrationGrowth } from './calibration.ts';
import { scoreCandidates } from './candidate-search.ts';
import { documentTerms } from './document-terms.ts';
import { markdownToText } from './markdown-text.ts';
import { describeTerm, explainRelated, suggestStory, type SharedTerm } from './related-insight.ts';
import { sharedSpecificTerms } from './related-learning.ts';
import { currentThreshold, forgetThreshold } from './related-lookup.ts';
import * as repo from './related.repository.ts';
import { idfExponent, specificDf } from './scoring.ts';
import { normaliseStory } from './story.ts';
import { heaviest, idf, sublinearTf, tfIdf, unit, type Vector } from './tf-idf.ts';
import { displayOrder, planNeighbours, topScored, type Pin, type Scored } from './top-lists.ts';

/** How many of an article's terms are stored in the index (and so can match). */
export const storedTerms = 64;
const chunkSize = 400;
/**
 * A list is stale once the site has grown by this share since it was last scored in full: its
 * IDFs and its specific terms (specificDf) are another site's. The background job scores stale
 * lists again first, stalest first (about once per 1 % of growth each: some 100 re-scorings per
 * publish); with what is left of its batch it refines the lists scored on a site only slightly
 * smaller than today's, so a site that stops publishing ends with the lists a rebuild would store
 * (docs/discovery.md has the figures).
 */
export const rescoreGrowth = 0.01;

export interface RescoreOptions {
  /** At most this many lists a run (default 25). */
  batchSize?: number;
  /** Stop starting lists after this long (default: no limit); what is left waits for the next run. */
  budgetMs?: number;
}

export interface RescoreOutcome {
  /** Lists scored again. */
  rescored: number;
  /** Lists whose shown suggestions changed, of those and of the lists holding them (their pages were purged). */
  changed: number;
  /** Whether stale lists (scored on a site `rescoreGrowth` smaller) are left for a later run; lists only being refined do not count. */
  remaining: boolean;
  /** Whether the threshold was calibrated again (a sweep ended, or enough lists changed). */
  recalibrated: boolean;
}

export interface RelatedServiceDeps {
  db: Db;
  events: Events;
  articles: Pick<ArticleService, 'getArticle' | 'listPublished'>;
  settings: Pick<SettingsService, 'getSiteSettings'>;
}

export type RelatedService = ReturnType<typeof createRelatedService>;

export function createRelatedService({ db, events, articles, settings }: RelatedServiceDeps) {
  /** Lists this process scored again in the background since it last calibrated. */
  let rescoredSinceCalibration = 0;

  /**
   * Works out the site's evidence threshold again from every article's best evidence
   * (calibration.ts): after a rebuild, and on a publish once the site has grown by 5 %.
   */
  async function calibrate(): Promise<void> {
    const documents = await repo.countDocuments(db);
    const best = await repo.listBestEvidence(db);
    const unlisted = Array.from({ length: Math.max(0, documents - best.length) }, () => evidenceFloor);
    await repo.saveCalibration(db, { threshold: calibratedThreshold([...best, ...unlisted]), articles: documents, computedAt: new Date().toISOString() });
    rescoredSinceCalibration = 0;
    forgetThreshold();
  }

  async function findArticle(id: number): Promise<Article | undefined> {
    try {
      return await articles.getArticle(id);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
      throw error;
    }
  }

  /** Weighted term counts of an article, in the site's language. */
  async function countsOf(article: Article): Promise<Map<string, number>> {
    const analyzer = await loadAnalyzer((await settings.getSiteSettings()).language);
    return documentTerms(
      { headline: article.headline, standfirst: article.standfirst, bodyText: markdownToText(article.bodyMarkdown), tags: article.tags.map((tag) => tag.name), people: article.authors.map((person) => person.name) },
      analyzer,
    );
  }

  async function documentFrequencies(terms: string[]): Promise<Map<string, number>> {
    const frequencies = new Map<string, number>();
    for (const chunk of inChunks(terms)) for (const row of await repo.listDocumentFrequencies(db, chunk)) frequencies.set(row.term, row.df);
    return frequencies;
  }

  async function currentLists(articleIds: number[]): Promise<Map<number, Scored[]>> {
    const lists = new Map<number, Scored[]>(articleIds.map((id) => [id, []]));
    for (const chunk of inChunks(articleIds)) {
      for (const { articleId, entry } of await repo.listStoredLists(db, chunk)) lists.get(articleId)!.push(entry);
    }
    return lists;
  }

  async function writeLists(trx: Db, lists: [number, Scored[]][]): Promise<void> {
    for (const chunk of inChunks(lists, 100)) {
      await repo.deleteLists(trx, chunk.map(([id]) => id));
      await repo.insertLists(trx, chunk);
    }
  }

  /**
   * The stored vector: tf-idf (IDF to the power `idfExponent`) of the heaviest terms at unit
   * length, each with its tf; and which of them are specific (in at most `specificDf` articles).
   */
  async function storedVector(tf: Vector, documents: number, adjust: (term: string, df: number) => number = (_, df) => df): Promise<{ terms: repo.TermRow[]; specific: Set<string> }> {
    const frequencies = await documentFrequencies([...tf.keys()]);
    const dfs = new Map([...tf.keys()].map((term) => [term, adjust(term, frequencies.get(term) ?? 0)]));
    const idfs = new Map([...dfs].map(([term, df]) => [term, idf(df, documents) ** idfExponent]));
    const terms = [...unit(heaviest(tfIdf(tf, idfs, documents), storedTerms))].map(([term, weight]) => ({ term, tf: tf.get(term)!, weight }));
    return { terms, specific: new Set(terms.map((row) => row.term).filter((term) => dfs.get(term)! <= specificDf)) };
  }

  /**
   * Scores an indexed article's list again, first taking its weights again with today's IDFs:
   * of its stored terms, or (`fromText`, a rebuild and the background job) of its whole text.
   * With `propagate` (the background job), its candidates' lists take its new score and evidence
   * against them too, and it joins those it now beats the last entry of, as on a publish: so both
   * lists of a pair agree. A pair's evidence can jump (its entities' agreement crossing
   * `entityAgreementFloor`) on a vector only 1 % stale, and the list scored first would otherwise
   * keep the old value until it is next due. Returns, with `propagate`, every list it wrote (its
   * own among them), before and after.
   */
  async function recomputeList(articleId: number, withList = true, fromText = false, propagate = false): Promise<Map<number, { before: Scored[]; after: Scored[] }>> {
    const written = new Map<number, { before: Scored[]; after: Scored[] }>();
    const document = await repo.findDocument(db, articleId);
    if (!document) return written;
    // From the text, every term competes again for the stored 64 under today's IDFs; from the
    // stored terms, only those chosen when the article was indexed.
    const article = fromText ? await findArticle(articleId) : undefined;
    const tf: Vector = article ? sublinearTf(await countsOf(article)) : new Map((await repo.listTermsOf(db, articleId)).map((row) => [row.term, row.tf]));
    const documents = await repo.countDocuments(db);
    const { terms, specific } = await storedVector(tf, documents);
    const scores = withList ? await scoreCandidates(db, { articleId, vector: vectorOf(terms), specific, story: document.story, publishedAt: new Date(document.published_at) }) : new Map<number, Scored>();
    const list = topScored(scores.values());
    if (withList && propagate) {
      // Only the lists of the candidates this search scored: one it did not reach keeps what it knew.
      const current = await currentLists([articleId, ...scores.keys()]);
      written.set(articleId, { before: current.get(articleId)!, after: list });
      const plan = planNeighbours(articleId, scores, current);
      for (const [owner, after] of plan.rewrite) written.set(owner, { before: current.get(owner)!, after });
      // Where the article fell below a full list's old last entry, it keeps its place with its new
      // score until that list is refined itself (a rebuild would find who else belongs there).
      for (const owner of plan.recompute) {
        const before = current.get(owner)!;
        written.set(owner, { before, after: topScored(before.map((item) => (item.id === articleId ? { ...scores.get(owner)!, id: articleId } : item))) });
      }
    }
    await db.transaction().execute(async (trx) => {
      if (withList) {
        const others = [...written].filter(([owner]) => owner !== articleId).map(([owner, { after }]): [number, Scored[]] => [owner, after]);
        await writeLists(trx, [[articleId, list], ...others]);
        await repo.markScored(trx, [articleId], documents);
      }
      await repo.deleteTerms(trx, articleId);
      await repo.insertTerms(trx, articleId, terms);
    });
    return written;
  }

  async function removeArticle(articleId: number): Promise<void> {
    const document = await repo.findDocument(db, articleId);
    if (!document) return;
    const terms = JSON.parse(document.terms) as string[];
    const plan = planNeighbours(articleId, new Map(), await currentLists(await repo.listListsContaining(db, articleId)));
    await db.transaction().execute(async (trx) => {
      for (const chunk of inChunks(terms)) {
        await repo.decrementDocumentFrequencies(trx, chunk);
        await repo.deleteUnusedTerms(trx, chunk);
      }
      await repo.deleteTerms(trx, articleId);
      await repo.deleteDocument(trx, articleId);
      await repo.deleteLists(trx, [articleId]);
      await writeLists(trx, [...plan.rewrite]);
    });
    for (const owner of plan.recompute) await recomputeList(owner);
  }

  async function indexArticle(article: Article & { publishedAt: Date }, withLists = true): Promise<void> {
    const counts = await countsOf(article);
    const allTerms = [...counts.keys()].sort();
    const previous = await repo.findDocument(db, article.id);
    const previousTerms = new Set<string>(previous ? (JSON.parse(previous.terms) as string[]) : []);
    // Frequencies as they will be once this article is counted.
    const documents = (await repo.countDocuments(db)) + (previous ? 0 : 1);
    const { terms, specific } = await storedVector(sublinearTf(counts), documents, (term, df) => (previousTerms.has(term) ? df : df + 1));
    const publishedAt = article.publishedAt.toISOString();
    const story = normaliseStory(article.story);

    if (previous && previous.published_at === publishedAt && previous.story === story && sameTerms(previous.terms, allTerms) && sameTf(await repo.listTermsOf(db, article.id), terms)) return;

    const scores = withLists ? await scoreCandidates(db, { articleId: article.id, vector: vectorOf(terms), specific, story, publishedAt: article.publishedAt }) : new Map<number, Scored>();
    const own = topScored(scores.values());
    const listing = previous && withLists ? await repo.listListsContaining(db, article.id) : [];
    const plan = planNeighbours(article.id, scores, await currentLists([...new Set([...scores.keys(), ...listing])]));
    const added = allTerms.filter((term) => !previousTerms.has(term));
    const dropped = [...previousTerms].filter((term) => !counts.has(term));

    await db.transaction().execute(async (trx) => {
      for (const chunk of inChunks(added)) await repo.incrementDocumentFrequencies(trx, chunk);
      for (const chunk of inChunks(dropped)) {
        await repo.decrementDocumentFrequencies(trx, chunk);
        await repo.deleteUnusedTerms(trx, chunk);
      }
      await repo.upsertDocument(trx, { article_id: article.id, published_at: publishedAt, terms: JSON.stringify(allTerms), story });
      await repo.deleteTerms(trx, article.id);
      await repo.insertTerms(trx, article.id, terms);
      if (withLists) {
        await writeLists(trx, [[article.id, own], ...plan.rewrite]);
        await repo.markScored(trx, [article.id], documents);
      }
    });
    for (const owner of plan.recompute) await recomputeList(owner);
    const calibration = withLists ? await repo.findCalibration(db) : undefined;
    if (withLists && recalibrationDue(calibration?.articles, documents)) {
      // The first calibration of a small site: its lists were scored while nearly every term was
      // specific, so their evidence sits on another scale. Rebuilt (and so calibrated) instead.
      if (!calibration && documents <= firstCalibrationRebuildLimit) await rebuildIndex();
      else await calibrate();
    }
  }

  /**
   * Empties the index and builds it again from every published article: after upgrading a
   * site that has articles, or changing its language; and on a small site's first calibration.
   * Terms first (so every IDF is final), then every vector weighed again with them, then every
   * list. Minutes on a large site; pins are kept.
   */
  async function rebuildIndex(): Promise<{ articles: number }> {
    for (const table of ['related_articles', 'related_terms', 'related_term_stats', 'related_documents'] as const) await repo.clearIndex(db, table);
    const ids: number[] = [];
    for (let page = 1; ; page++) {
      const result = await articles.listPublished({}, { page, pageSize: 100 });
      ids.push(...result.items.map((item) => item.id));
      if (page >= result.pageCount) break;
    }
    for (const id of ids) {
      const article = await findArticle(id);
      if (article?.publishedAt) await indexArticle({ ...article, publishedAt: article.publishedAt }, false);
    }
    // Every vector weighed again from its text with the final IDFs (every term competing for the
    // stored 64) before any list is scored against it.
    for (const id of ids) await recomputeList(id, false, true);
    for (const id of ids) await recomputeList(id);
    await calibrate();
    return { articles: ids.length };
  }

  /**
   * The background job's part (jobs.ts): lists not scored on a site of today's size, stalest
   * first, each scored again as a rebuild scores it (its vector weighed again from its text with
   * today's IDFs, today's specific terms, its new scores written into the lists that hold it), at
   * most `batchSize` a run. Those scored on a site at least `rescoreGrowth` smaller are stale and
   * come first; the rest are refined with what is left of the batch: a pair's evidence can jump
   * on a vector only slightly out of date (its entities' agreement crossing
   * `entityAgreementFloor`), so only lists scored at today's size are what a rebuild stores.
   * Pages whose shown suggestions changed are purged. Once this process has re-scored lists for
   * 1 % of the site and no stale list is left, for 5 % in any case, or any at all and nothing is
   * left to score, the threshold is calibrated again on the lists as they now are — only on a
   * site already calibrated: a small site's first calibration is a rebuild (indexArticle).
   */
  async function rescoreStale(options: RescoreOptions = {}): Promise<RescoreOutcome> {
    const { batchSize = 25, budgetMs = Number.POSITIVE_INFINITY } = options;
    const started = performance.now();
    const documents = await repo.countDocuments(db);
    const staleBelow = Math.ceil(documents / (1 + rescoreGrowth));
    const due = await repo.listStaleDocuments(db, documents, batchSize + 1);
    let rescored = 0;
    let changed = 0;
    for (const { articleId } of due.slice(0, batchSize)) {
      if (performance.now() - started >= budgetMs) break;
      const written = await recomputeList(articleId, true, true, true);
      rescored++;
      changed += await announceChanged(written);
    }
    rescoredSinceCalibration += rescored;
    const remaining = due.slice(rescored).some((row) => row.scoredDocuments < staleBelow);
    // Scanning every list costs about half a second at 100,000 articles: not on every sweep's end.
    // And once nothing is left to score at all, so a site that stopped publishing ends calibrated on its final lists.
    const settled = due.length <= rescored;
    const calibrationDue = rescoredSinceCalibration > 0 && (settled || rescoredSinceCalibration >= (remaining ? recalibrationGrowth : recalibrationGrowth / 5) * documents);
    const recalibrated = calibrationDue && (await repo.findCalibration(db)) !== undefined;
    if (recalibrated) await calibrate();
    return { rescored, changed, remaining, recalibrated };
  }

  /** Sends `related.changed` for each written list whose shown suggestions changed (its page is purged); how many. */
  async function announceChanged(written: Map<number, { before: Scored[]; after: Scored[] }>): Promise<number> {
    const threshold = await currentThreshold(db);
    const shown = (list: Scored[]) => displayOrder(list, [], threshold).join();
    let changed = 0;
    for (const [owner, { before, after }] of written) {
      if (shown(before) === shown(after)) continue;
      changed++;
      await events.emit('related.changed', { articleId: owner });
    }
    return changed;
  }

  /**
   * Sets an editor's pin or exclusion of `relatedId` in `articleId`'s list (removes it when
   * `pin` is undefined) with what it teaches: the terms the pair shares most now, in place of
   * what the pair's earlier pin or exclusion taught. When anything was taught or forgotten, the
   * two articles' lists are scored again at once (and the other's page purged if what it shows
   * changed); other lists as they are next scored.
   */
  async function setPin(articleId: number, relatedId: number, pin: Pin | undefined): Promise<void> {
    const taught = (await repo.listLessonsOf(db, articleId)).get(relatedId) ?? [];
    const learned = pin ? await sharedSpecificTerms(db, articleId, relatedId) : [];
    await db.transaction().execute(async (trx) => {
      if (!pin) return repo.deletePin(trx, articleId, relatedId);
      await repo.upsertPin(trx, articleId, pin);
      await repo.replacePinTerms(trx, articleId, relatedId, learned);
    });
    if (taught.length > 0 || learned.length > 0) {
      await recomputeList(articleId);
      // The other article's page shows its own list: purged if what it shows changed.
      const before = await repo.listStoredList(db, relatedId);
      await recomputeList(relatedId);
      await announceChanged(new Map([[relatedId, { before, after: await repo.listStoredList(db, relatedId) }]]));
    }
    await events.emit('related.changed', { articleId });
  }

  async function requirePair(articleId: number, relatedId: number): Promise<void> {
    if (articleId === relatedId) throw new AppError('VALIDATION_FAILED', 'An article cannot be related to itself.');
    await articles.getArticle(articleId);
    await articles.getArticle(relatedId);
  }

  return {
    /** Brings one article's place in the index up to date: indexes it if published, removes it otherwise (or if deleted). */
    async refreshArticle(articleId: number): Promise<void> {
      const article = await findArticle(articleId);
      if (article && article.status === 'published' && article.publishedAt) await indexArticle({ ...article, publishedAt: article.publishedAt });
      else await removeArticle(articleId);
    },

    /** Empties the index and builds it again from every published article (see above). */
    rebuildIndex,

    /** Scores stale lists again, a bounded batch (the background job; see above). */
    rescoreStale,

    /**
     * Pins `relatedId` to `articleId`'s list, after any earlier pins (undoing an exclusion of it),
     * and learns from it: the specific terms the pair shares count for more in every pair from
     * now on (related-learning.ts).
     */
    async pinRelated(articleId: number, relatedId: number): Promise<void> {
      await requirePair(articleId, relatedId);
      const pins = await repo.listPins(db, articleId);
      if (pins.some((pin) => pin.relatedId === relatedId && pin.kind === 'pin')) return;
      const position = Math.max(0, ...pins.filter((pin) => pin.kind === 'pin').map((pin) => pin.position + 1));
      await setPin(articleId, relatedId, { relatedId, kind: 'pin', position });
    },

    /**
     * Keeps `relatedId` out of `articleId`'s list, whatever its score (undoing a pin of it), and
     * learns from it: the specific terms the pair shared count for less in every pair from now
     * on (related-learning.ts).
     */
    async excludeRelated(articleId: number, relatedId: number): Promise<void> {
      await requirePair(articleId, relatedId);
      if ((await repo.listPins(db, articleId)).some((pin) => pin.relatedId === relatedId && pin.kind === 'exclude')) return;
      await setPin(articleId, relatedId, { relatedId, kind: 'exclude', position: 0 });
    },

    /** Forgets a pin or an exclusion, and what it taught: the computed list decides again. */
    clearPin: (articleId: number, relatedId: number): Promise<void> => setPin(articleId, relatedId, undefined),

    listPins: (articleId: number): Promise<Pin[]> => repo.listPins(db, articleId),

    /** For the editor: what each of an article's pins and exclusions taught (related id → terms, as an editor reads them). */
    async listLessons(articleId: number): Promise<Map<number, SharedTerm[]>> {
      return new Map([...(await repo.listLessonsOf(db, articleId))].map(([relatedId, terms]) => [relatedId, terms.map(describeTerm)]));
    },

    /** For the editor: confidence and shared terms of each suggestion. */
    explain: (articleId: number, relatedIds: number[]) => explainRelated(db, articleId, relatedIds),

    /** For the editor of an article without a story: the story its confident matches belong to, as typed. */
    async suggestStory(articleId: number): Promise<{ story: string; articleIds: number[] } | undefined> {
      const suggestion = await suggestStory(db, articleId);
      if (!suggestion) return undefined;
      const typed = (await findArticle(suggestion.articleIds[0]!))?.story ?? suggestion.story;
      return { story: typed, articleIds: suggestion.articleIds };
    },
  };
}

function vectorOf(terms: repo.TermRow[]): Vector {
  return new Map(terms.map((row) => [row.term, row.weight]));
}

function sameTerms(storedJson: string, terms: string[]): boolean {
  return storedJson === JSON.stringify(terms);
}

/** Same stored terms with the same frequencies: an edit that changed nothing the index sees. */
function sameTf(rows: repo.TermRow[], terms: repo.TermRow[]): boolean {
  if (rows.length !== terms.length) return false;
  const byTerm = new Map(rows.map((row) => [row.term, row.tf]));
  return terms.every((row) => Math.abs((byTerm.get(row.term) ?? -1) - row.tf) < 1e-9);
}

function inChunks<T>(items: T[], size = chunkSize): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
