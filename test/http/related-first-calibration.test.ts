// A site that grows on Byline one publish at a time is first calibrated when it reaches
// `calibrationMinArticles`. The lists it stored before then were scored while nearly every term
// was specific (in at most `specificDf` articles), so their evidence sat on another scale than a
// rebuild's, and the site's first threshold was cut on them. The first calibration of such a
// small site scores every list again first: what it stores is what a rebuild would store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHardCorpus } from '../../bench/related-hard-corpus.ts';
import { calibrationMinArticles } from '../../src/discovery/related/calibration.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';

describe('related articles: the first calibration of a growing site', () => {
  let t: TestApp;
  const lists = async () =>
    (await t.app.byline.db.selectFrom('related_articles').select(['article_id', 'related_id', 'rank', 'evidence']).orderBy('article_id').orderBy('rank').execute()).map(
      (row) => `${row.article_id}:${row.rank}:${row.related_id}:${Number(row.evidence).toFixed(6)}`,
    );
  const threshold = async () => Number((await t.app.byline.db.selectFrom('related_calibration').select('threshold').executeTakeFirstOrThrow()).threshold);

  beforeAll(async () => {
    t = await buildTestApp();
    const make = factories(t.app);
    const sections = new Map<string, number>();
    const writers = new Map<string, number>();
    const corpus = buildHardCorpus(5, { stories: 30, loners: 60 }).slice(0, calibrationMinArticles);
    expect(corpus).toHaveLength(calibrationMinArticles);
    for (const item of corpus) {
      if (!sections.has(item.section)) sections.set(item.section, (await make.section({ name: item.section, slug: item.section.toLowerCase() })).id);
      if (!writers.has(item.author)) writers.set(item.author, (await make.person({ name: item.author })).id);
    }
    for (const [i, item] of corpus.entries()) {
      if (i === calibrationMinArticles - 1) expect(await t.app.byline.db.selectFrom('related_calibration').selectAll().executeTakeFirst()).toBeUndefined();
      await make.article({ headline: item.headline, slug: `growing-${i}`, standfirst: item.standfirst, bodyMarkdown: item.bodyMarkdown, tags: item.tags, sectionId: sections.get(item.section)!, authorIds: [writers.get(item.author)!], publishedAt: item.publishedAt });
    }
  }, 600_000);
  afterAll(() => t.close());

  it('does not cut the first threshold on stale early lists: the lists and threshold stored then are what a rebuild stores', async () => {
    const [storedLists, storedThreshold] = [await lists(), await threshold()];
    expect(storedLists.length).toBeGreaterThan(calibrationMinArticles);
    await t.app.byline.services.related.rebuildIndex();
    expect(storedLists).toEqual(await lists());
    expect(storedThreshold).toBeCloseTo(await threshold(), 9);
  }, 600_000);
});
