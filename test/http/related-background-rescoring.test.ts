// Lists stored while a site was small keep that site's IDFs and specific terms: two articles
// that shared three rare words when they were published keep showing each other after twenty
// more articles made those words common. The background jobs score such stale lists again, the
// stalest first, a bounded batch a run, then refine the rest until every list is scored at the
// site's size: then the index is what a rebuild would store, with nobody running it by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { rescoreGrowth } from '../../src/discovery/related/related.service.ts';
import { createJobRunner, relatedRescoreBatch } from '../../src/jobs.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { publishCorpus } from '../helpers/publish-corpus.ts';
import { buildHardCorpus } from '../../bench/related-hard-corpus.ts';

/** A made-up word per number, so every filler article has words of its own. */
const wordOf = (n: number) => [...n.toString(26)].map((digit) => 'bdfgklmnprstvz'.charAt(parseInt(digit, 26) % 14) + 'aeiou'.charAt(parseInt(digit, 26) % 5)).join('') + 'ex';

describe('related articles: stale lists scored again in the background', () => {
  let t: TestApp;
  let first: Article;
  let second: Article;
  const fillers: Article[] = [];
  const changed: number[] = [];
  const quiet = { info: () => {}, error: (obj: unknown, msg: string) => console.error(msg, obj) };

  const shown = async (article: Article) => (await t.app.byline.services.articles.findRelated({ id: article.id }, 10)).map((item) => item.id);
  const scoredAt = async () =>
    new Map((await t.app.byline.db.selectFrom('related_documents').select(['article_id', 'scored_documents']).execute()).map((row) => [row.article_id, Number(row.scored_documents)]));
  const storedLists = async () =>
    (await t.app.byline.db.selectFrom('related_articles').select(['article_id', 'related_id', 'rank', 'evidence']).orderBy('article_id').orderBy('rank').execute()).map(
      (row) => `${row.article_id}:${row.rank}:${row.related_id}:${Number(row.evidence).toFixed(6)}`,
    );

  beforeAll(async () => {
    t = await buildTestApp();
    const make = factories(t.app);
    const section = await make.section({ name: 'Business', slug: 'business' });
    const writer = await make.person({ name: 'Ines Varga' });
    const desk = { sectionId: section.id, authorIds: [writer.id], tags: ['Industry'] };
    first = await make.article({ ...desk, headline: 'Zorbex quillon marrowby inspection begins', standfirst: 'Inspectors arrive at the harbour works.', bodyMarkdown: 'The zorbex quillon marrowby inspection began at the harbour works on Monday.\n\nInspectors expect to finish within a week.' });
    second = await make.article({ ...desk, headline: 'Zorbex quillon marrowby findings published', standfirst: 'A short report follows the visit.', bodyMarkdown: 'The zorbex quillon marrowby findings were published on Friday.\n\nThe report runs to twelve pages.' });
    // Twenty articles about other things that use the same three words: they stop being specific.
    for (let i = 0; i < 20; i++) {
      const own = [wordOf(3 * i + 100), wordOf(3 * i + 101), wordOf(3 * i + 102)];
      fillers.push(
        await make.article({ ...desk, tags: [`Topic ${own[0]}`], headline: `${own[0]} ${own[1]} weekly column`, standfirst: `${own[2]} in brief.`, bodyMarkdown: `A column on ${own.join(' and ')}.\n\nIt mentions zorbex, quillon and marrowby in passing.` }),
      );
    }
    t.app.byline.events.on('related.changed', ({ articleId }) => void changed.push(articleId));
  }, 120_000);
  afterAll(() => t.close());

  it('finds the lists scored on a site smaller by rescoreGrowth or more, the stalest first, and scores them again in bounded batches', async () => {
    expect(await shown(first)).toContain(second.id);
    const before = await scoredAt();
    const documents = before.size;
    expect(before.get(first.id)).toBe(1);
    const stale = [...before].filter(([, at]) => at < documents / (1 + rescoreGrowth)).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    expect(stale.length).toBeGreaterThan(3);

    const outcome = await t.app.byline.services.related.rescoreStale({ batchSize: 3 });
    expect(outcome).toMatchObject({ rescored: 3, remaining: true, recalibrated: false });
    const after = await scoredAt();
    for (const [id] of stale.slice(0, 3)) expect(after.get(id)).toBe(documents);
    for (const [id, at] of stale.slice(3)) expect(after.get(id)).toBe(at);
    // The first two shared words that are common now: their evidence is gone, and so is the box.
    expect(await shown(first)).not.toContain(second.id);
    expect(changed).toContain(first.id);
  });

  it('runs in the background jobs, stale lists first, until every list is scored at today\'s size: then it stores what a rebuild stores', async () => {
    const runJobs = createJobRunner(t.app.byline, quiet);
    let runs = 0;
    let staleLeft = true;
    for (;;) {
      const outcome = (await runJobs())!.relatedRescored;
      expect(outcome.rescored).toBeLessThanOrEqual(relatedRescoreBatch);
      runs++;
      // Stale lists come first; once none is left, the runs only refine (nobody is publishing).
      if (!staleLeft) expect(outcome.remaining).toBe(false);
      staleLeft = outcome.remaining;
      if (outcome.rescored === 0) break;
      expect(runs).toBeLessThan(50);
    }
    expect(runs).toBeGreaterThanOrEqual(2);
    const documents = (await scoredAt()).size;
    for (const [, at] of await scoredAt()) expect(at).toBe(documents);
    expect(await shown(second)).not.toContain(first.id);

    const everyone = [first, second, ...fillers];
    const settled = await Promise.all(everyone.map(shown));
    const stored = await storedLists();
    expect(stored.length).toBeGreaterThan(0);
    await t.app.byline.services.related.rebuildIndex();
    expect(await Promise.all(everyone.map(shown))).toEqual(settled);
    // Not only what readers see at today's threshold: every stored entry with any evidence, in
    // its place, with its evidence. (Entries with none are ties on score alone: a filler list's
    // tail can hold other fillers in another order, which no threshold ever shows.)
    const withEvidence = (lists: string[]) => lists.filter((entry) => !entry.endsWith(':0.000000'));
    expect(withEvidence(stored).length).toBeGreaterThan(1);
    expect(withEvidence(await storedLists())).toEqual(withEvidence(stored));
  });
});

describe('related articles: the background jobs on a site of look-alike stories published one by one', () => {
  let t: TestApp;
  const quiet = { info: () => {}, error: (obj: unknown, msg: string) => console.error(msg, obj) };
  const withEvidence = async () =>
    (await t.app.byline.db.selectFrom('related_articles').select(['article_id', 'related_id', 'rank', 'evidence']).where('evidence', '>', 0).orderBy('article_id').orderBy('rank').execute()).map(
      (row) => `${row.article_id}:${row.rank}:${row.related_id}:${Number(row.evidence).toFixed(6)}`,
    );

  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('settles on the lists a rebuild stores, though each list was scored while the site grew', async () => {
    const runJobs = createJobRunner(t.app.byline, quiet);
    // Only articles dated before the test clock's today: a rebuild indexes no future-dated one.
    const corpus = buildHardCorpus(5, { stories: 8, loners: 16, kindCount: 3 }).filter((item) => item.publishedAt <= t.clock.now());
    // One run of the jobs after each publish, as a site publishing every 20 seconds has.
    await publishCorpus(t.app, corpus, 'grown', runJobs);
    for (let runs = 0; (await runJobs())!.relatedRescored.rescored > 0; runs++) expect(runs).toBeLessThan(50);
    const ids = (await t.app.byline.db.selectFrom('related_documents').select('article_id').execute()).map((row) => row.article_id);
    const shown = () => Promise.all(ids.map(async (id) => (await t.app.byline.services.articles.findRelated({ id }, 10)).map((item) => item.id)));
    const settled = await withEvidence();
    const settledShown = await shown();
    expect(settled.length).toBeGreaterThan(corpus.length);
    expect(settledShown.filter((list) => list.length > 0).length).toBeGreaterThan(ids.length / 3);
    await t.app.byline.services.related.rebuildIndex();
    // What readers get is the rebuild's, and so is nearly every stored entry with its evidence: an
    // entry can stay a little out of date where the later of its pair's two scorings did not
    // reach the other article as a candidate (on this site, 1 of some 600 on 3 December).
    expect(await shown()).toEqual(settledShown);
    const rebuilt = new Set(await withEvidence());
    expect(settled.filter((entry) => !rebuilt.has(entry)).length).toBeLessThanOrEqual(settled.length / 100);
  }, 120_000);
});
