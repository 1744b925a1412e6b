// The related-articles threshold is the site's own: a rebuild calibrates it from how the site's
// articles' best evidence is spread (a site of look-alike local stories and one-off articles,
// the hard bench corpus's generator at a smaller size), and the article page shows exactly the
// stored suggestions at or above it — so a site whose scores sit higher hides what a fixed
// number would have let through, and one whose scores sit lower still gets its boxes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHardCorpus } from '../../bench/related-hard-corpus.ts';
import type { Article } from '../../src/content/content.ts';
import { calibrationBounds } from '../../src/discovery/related/calibration.ts';
import { forgetThreshold } from '../../src/discovery/related/related-lookup.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { publishCorpus } from '../helpers/publish-corpus.ts';

describe('related articles: a threshold calibrated on the site', () => {
  let t: TestApp;
  const published: Article[] = [];

  beforeAll(async () => {
    t = await buildTestApp();
    for (const { article } of await publishCorpus(t.app, buildHardCorpus(11, { stories: 30, loners: 50 }), 'calibrated')) published.push(article);
  }, 600_000);
  afterAll(() => t.close());

  const calibration = () => t.app.byline.db.selectFrom('related_calibration').selectAll().executeTakeFirst();
  const storedEvidence = async (id: number) => (await t.app.byline.db.selectFrom('related_articles').select(['related_id', 'evidence']).where('article_id', '=', id).orderBy('rank').execute()).map((row) => ({ id: row.related_id, evidence: Number(row.evidence) }));
  const shown = async (article: Article) => (await t.app.byline.services.articles.findRelated({ id: article.id }, 10)).map((item) => item.id);

  it('calibrates the threshold on a rebuild, within its bounds, for the articles indexed', async () => {
    await t.app.byline.services.related.rebuildIndex();
    const row = await calibration();
    expect(row).toBeDefined();
    const indexed = await t.app.byline.db.selectFrom('related_documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(row!.articles)).toBe(Number(indexed.n));
    expect(Number(row!.articles)).toBeGreaterThanOrEqual(200);
    expect(Number(row!.threshold)).toBeGreaterThanOrEqual(calibrationBounds.min);
    expect(Number(row!.threshold)).toBeLessThanOrEqual(calibrationBounds.max);
  }, 600_000);

  it('shows exactly the stored suggestions at or above the calibrated threshold, and follows it when it changes', async () => {
    const threshold = Number((await calibration())!.threshold);
    let compared = 0;
    for (const article of published.slice(0, 40)) {
      const expected = (await storedEvidence(article.id)).filter((entry) => entry.evidence >= threshold).map((entry) => entry.id);
      expect(await shown(article)).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(0);

    // A site whose lists called for a higher threshold: fewer boxes, from the same stored lists.
    let article: Article | undefined;
    for (const candidate of published) {
      if ((await storedEvidence(candidate.id)).some((entry) => entry.evidence >= threshold && entry.evidence < calibrationBounds.max)) {
        article = candidate;
        break;
      }
    }
    expect(article, 'an article with a suggestion between the calibrated threshold and the upper bound').toBeDefined();
    const list = await storedEvidence(article!.id);
    const shownBefore = await shown(article!);
    expect(shownBefore.length).toBeGreaterThan(list.filter((entry) => entry.evidence >= calibrationBounds.max).length);
    // Written behind the service's back, as another instance's calibration would be: this process
    // reads it again once its remembered threshold expires, which forgetThreshold() stands in for.
    await t.app.byline.db.updateTable('related_calibration').set({ threshold: calibrationBounds.max }).execute();
    forgetThreshold();
    expect(await shown(article!)).toEqual(list.filter((entry) => entry.evidence >= calibrationBounds.max).map((entry) => entry.id));
    await t.app.byline.db.updateTable('related_calibration').set({ threshold }).execute();
    forgetThreshold();
    expect(await shown(article!)).toEqual(shownBefore);
  });
});
