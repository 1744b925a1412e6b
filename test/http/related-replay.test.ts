// The in-memory replay of the related-articles engine (bench/support/related-replay.ts), which
// the replay bench uses to try changes on many seeds, must keep giving what the engine stores:
// after a rebuild of a small site of look-alike stories, every article's stored list — the
// articles, their order and their evidence (to 6 decimals: PostgreSQL keeps fewer digits) —
// equals the replay's, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusArticle } from '../../bench/related-corpus.ts';
import { buildHardCorpus } from '../../bench/related-hard-corpus.ts';
import { replayDocuments, replayFigures, replayLists, replayThreshold } from '../../bench/support/related-replay.ts';
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

  it('gives every article the list the engine stores after a rebuild: same articles, same order, same evidence', async () => {
    const lists = replayLists(await replayDocuments(corpus));
    const rows = await t.app.byline.db.selectFrom('related_articles').select(['article_id', 'related_id', 'evidence']).orderBy('article_id').orderBy('rank').execute();
    const stored = new Map<number, { id: number; evidence: number }[]>();
    for (const row of rows) stored.set(row.article_id, [...(stored.get(row.article_id) ?? []), { id: row.related_id, evidence: Number(row.evidence) }]);
    let compared = 0;
    ids.forEach((id, index) => {
      const replayed = lists[index]!.map((pair) => ({ id: ids[pair.to]!, evidence: pair.evidence }));
      const engine = stored.get(id) ?? [];
      expect(engine.map((entry) => entry.id), `list of article ${index}`).toEqual(replayed.map((entry) => entry.id));
      engine.forEach((entry, rank) => expect(entry.evidence).toBeCloseTo(replayed[rank]!.evidence, 6));
      compared += engine.length;
    });
    expect(compared).toBeGreaterThan(ids.length * 5);
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
});
