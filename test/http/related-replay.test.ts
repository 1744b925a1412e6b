// The in-memory replay of the related-articles engine (bench/support/related-replay.ts), which
// the replay bench uses to try changes on many seeds, must keep giving what the engine stores:
// after a rebuild of a small site of look-alike stories, every article's stored list — the
// articles, their order and their evidence (to 6 decimals: PostgreSQL keeps fewer digits) —
// equals the replay's, on both databases; and so it is once editors have pinned and excluded
// (the replay then applies what those taught, as bench/support/related-feedback.ts simulates).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusArticle } from '../../bench/related-corpus.ts';
import { buildHardCorpus } from '../../bench/related-hard-corpus.ts';
import { feedbackFactors, simulateEditors } from '../../bench/support/related-feedback.ts';
import { replayDocuments, replayFigures, replayLists, replayThreshold, type ReplayLists } from '../../bench/support/related-replay.ts';
import { evidenceThreshold } from '../../src/discovery/related/scoring.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { publishCorpus } from '../helpers/publish-corpus.ts';

describe('the related-articles replay', () => {
  let t: TestApp;
  // Only what the site has published: an article dated after the test clock's today is scheduled, not indexed.
  const corpus: CorpusArticle[] = [];
  const ids: number[] = [];

  beforeAll(async () => {
    t = await buildTestApp();
    const published = await publishCorpus(t.app, buildHardCorpus(5, { stories: 8, loners: 16, kindCount: 3 }), 'replayed');
    await t.app.byline.services.related.rebuildIndex();
    const indexed = new Set((await t.app.byline.db.selectFrom('related_documents').select('article_id').execute()).map((row) => row.article_id));
    for (const { article, item } of published.filter(({ article }) => indexed.has(article.id))) {
      ids.push(article.id);
      corpus.push(item);
    }
  }, 240_000);
  afterAll(() => t.close());

  /**
   * Every stored list equals the replay's: same articles, same order, same evidence. With
   * `wholeList` false, only what readers are shown (entries at or above the threshold) must be the
   * same; below it the engine may miss a weak candidate that shares none of the article's 16
   * heaviest terms, which the replay (no candidate limits) keeps. Every pair both hold must still
   * carry the same evidence. Returns how many pairs were compared.
   */
  async function expectStoredLists(lists: ReplayLists, { wholeList = true } = {}): Promise<number> {
    const rows = await t.app.byline.db.selectFrom('related_articles').select(['article_id', 'related_id', 'evidence']).orderBy('article_id').orderBy('rank').execute();
    const stored = new Map<number, { id: number; evidence: number }[]>();
    for (const row of rows) stored.set(row.article_id, [...(stored.get(row.article_id) ?? []), { id: row.related_id, evidence: Number(row.evidence) }]);
    const shown = (entries: { id: number; evidence: number }[]) => entries.filter((entry) => entry.evidence >= evidenceThreshold).map((entry) => entry.id);
    let compared = 0;
    ids.forEach((id, index) => {
      const replayed = lists[index]!.map((pair) => ({ id: ids[pair.to]!, evidence: pair.evidence }));
      const engine = stored.get(id) ?? [];
      if (wholeList) expect(engine.map((entry) => entry.id), `list of article ${index}`).toEqual(replayed.map((entry) => entry.id));
      else expect(shown(engine), `shown for article ${index}`).toEqual(shown(replayed));
      const replayedEvidence = new Map(replayed.map((entry) => [entry.id, entry.evidence]));
      for (const entry of engine) {
        if (!replayedEvidence.has(entry.id)) continue;
        expect(entry.evidence).toBeCloseTo(replayedEvidence.get(entry.id)!, 6);
        compared += 1;
      }
    });
    expect(compared).toBeGreaterThan(ids.length * 5);
    return compared;
  }

  it('gives every article the list the engine stores after a rebuild: same articles, same order, same evidence', async () => {
    await expectStoredLists(replayLists(await replayDocuments(corpus)));
  });

  it('shows what the site shows: the default threshold below 200 articles, and the same boxes', async () => {
    const documents = await replayDocuments(corpus);
    const lists = replayLists(documents);
    expect(replayThreshold(lists)).toBe(evidenceThreshold);
    const shownByReplay = documents.map((document) => lists[document.index]!.filter((pair) => pair.evidence >= evidenceThreshold).slice(0, 3).map((pair) => ids[pair.to]));
    const shownBySite = await Promise.all(ids.map(async (id) => (await t.app.byline.services.articles.findRelated({ id }, 3)).map((item) => item.id)));
    expect(shownBySite).toEqual(shownByReplay);
    // Some boxes are shown and some are not, so the comparison above says something.
    expect(shownBySite.filter((shown) => shown.length > 0).length).toBeGreaterThan(ids.length / 3);
    expect(shownBySite.some((shown) => shown.length === 0)).toBe(true);
    expect(replayFigures(documents, lists).threshold).toBe(evidenceThreshold);
  });

  it('learns from pins and exclusions as the replay does', async () => {
    const documents = await replayDocuments(corpus);
    const feedback = simulateEditors(documents, replayLists(documents), evidenceThreshold, 3);
    expect(feedback.exclusions).toBeGreaterThan(0);
    expect(feedback.pins).toBeGreaterThan(0);
    const related = t.app.byline.services.related;
    for (const { from, to, kind } of feedback.actions) await (kind === 'pin' ? related.pinRelated(ids[from]!, ids[to]!) : related.excludeRelated(ids[from]!, ids[to]!));
    await related.rebuildIndex();
    const learned = replayLists(documents, { termFactors: feedbackFactors(feedback) });
    await expectStoredLists(learned, { wholeList: false });
    // What was taught moved evidence the comparison covers, and what readers see.
    const plain = replayLists(documents);
    const evidenceMoved = learned.flat().filter((pair) => plain[pair.from]!.some((other) => other.to === pair.to && Math.abs(other.evidence - pair.evidence) > 1e-6));
    expect(evidenceMoved.length).toBeGreaterThan(10);
    const boxes = (lists: ReplayLists) => lists.map((list) => list.filter((pair) => pair.evidence >= evidenceThreshold).map((pair) => pair.to).join());
    expect(boxes(learned)).not.toEqual(boxes(plain));
    // Each stored pair also keeps its evidence before the lessons, which the site calibrates on:
    // the replay's without lessons.
    const rows = await t.app.byline.db.selectFrom('related_articles').select(['article_id', 'related_id', 'evidence', 'text_evidence']).execute();
    const plainEvidence = new Map(plain.flat().map((pair) => [`${ids[pair.from]}-${ids[pair.to]}`, pair.evidence]));
    let kept = 0;
    for (const row of rows) {
      const expected = plainEvidence.get(`${row.article_id}-${row.related_id}`);
      if (expected === undefined) continue;
      expect(Number(row.text_evidence ?? row.evidence)).toBeCloseTo(expected, 6);
      if (row.text_evidence !== null) kept += 1;
    }
    expect(kept).toBeGreaterThan(10);
    for (const { from, to } of feedback.actions) await related.clearPin(ids[from]!, ids[to]!);
    await related.rebuildIndex();
    await expectStoredLists(replayLists(documents));
  });
});
