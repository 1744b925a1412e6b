// `npm run bench:related-quality`: how often "See also" stays on topic. For each labelled corpus
// (CORPUS=generated|hard, both by default) the articles are published in date order through the
// real services on a temporary SQLite database, so every list is what incremental publishing
// left, then the article service is asked for each article's suggestions, as the page asks:
// as published; on a second site publishing the same timeline with the server's background jobs
// run after each publish (TICKS_PER_ARTICLE, default 1), at the end of it and once the jobs
// settle (nothing stale left); and after rebuildIndex().
// Prints the old and the new (honest) definitions, the targets, and the best-score distribution.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppContext } from '../src/app-context.ts';
import { fixedClock } from '../src/clock.ts';
import { loadConfig } from '../src/config/config.ts';
import { createJobRunner } from '../src/jobs.ts';
import { buildCorpus, type CorpusArticle } from './related-corpus.ts';
import { buildHardCorpus } from './related-hard-corpus.ts';
import { definitions, measure, targets, type Figures, type Judged } from './related-measures.ts';

const seed = Number(process.env.SEED ?? 20261129);
const corpora: Record<string, () => CorpusArticle[]> = {
  generated: () => buildCorpus(seed),
  hard: () => buildHardCorpus(seed),
};
const chosen = (process.env.CORPUS ?? 'generated,hard').split(',').map((name) => name.trim());
/** Runs of the background jobs after each publish (TICKS_PER_ARTICLE, default 1: one article every 20 s; 0.2: one run every fifth publish). */
const ticksPerArticle = Number(process.env.TICKS_PER_ARTICLE ?? 1);

console.log(definitions.join('\n'));
const summary: Record<string, Record<string, string>> = {};
const backgroundSummary: Record<string, Record<string, string>> = {};
const timelineSummary: Record<string, Record<string, string>> = {};
for (const name of chosen) {
  const build = corpora[name];
  if (!build) throw new Error(`CORPUS: unknown corpus "${name}" (known: ${Object.keys(corpora).join(', ')})`);
  const result = await run(name, build());
  for (const [key, value] of Object.entries(result)) summary[key] = { ...summary[key], [name]: value.toFixed(3) };
}
const withTargets = (rows: Record<string, Record<string, string>>) =>
  Object.fromEntries(Object.entries(rows).map(([key, row]) => [key, { ...row, target: targets[key] ? (Object.values(row).every((v) => targets[key]!(Number(v))) ? '✓' : '✗') : '' }]));
console.log(`\nSummary (as published, with the background jobs run ${ticksPerArticle} time(s) after each publish), seed ${seed}; target met = ✓`);
console.table(withTargets(timelineSummary));
console.log(`Summary (as published, background jobs settled: what readers get without a rebuild by hand), seed ${seed}`);
console.table(withTargets(backgroundSummary));
console.log(`Summary (after rebuildIndex), seed ${seed}`);
console.table(withTargets(summary));

/**
 * A temporary site with the corpus published on it in date order through the services. With
 * `ticksPerArticle`, the server's background jobs (jobs.ts, with the related re-scoring among
 * them) run that many times after each publish, as a site publishing one article every
 * 20 s / ticksPerArticle would run them: the conservative end, a real archive has far more runs
 * between two publishes.
 */
async function publishSite(corpus: CorpusArticle[], ticksPerArticle = 0) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-related-quality-'));
  const config = loadConfig({ env: { DATABASE_URL: path.join(dataDir, 'byline.db'), BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
  const context = await createAppContext(config, { clock: fixedClock(new Date('2027-06-01T00:00:00Z')) });
  const { services } = context;
  const tick = createJobRunner(context, { info: () => {}, error: (obj, msg) => console.error(msg, obj) }, 'quality-bench');
  const work = { ticks: 0, rescored: 0, recalibrated: 0, ms: 0 };
  const runJobs = async () => {
    const started = performance.now();
    const outcome = (await tick())?.relatedRescored;
    work.ms += performance.now() - started;
    work.ticks++;
    work.rescored += outcome?.rescored ?? 0;
    work.recalibrated += outcome?.recalibrated ? 1 : 0;
    return outcome;
  };
  const sections = new Map<string, number>();
  const people = new Map<string, number>();
  for (const item of corpus) {
    if (!sections.has(item.section)) sections.set(item.section, (await services.taxonomy.createSection({ name: item.section, slug: item.section.toLowerCase().replaceAll(' ', '-'), description: '' })).id);
    for (const author of [item.author, ...(item.mentions ?? [])]) {
      if (people.has(author)) continue;
      const slug = author.toLowerCase().replaceAll(/[^a-z]+/g, '-');
      people.set(author, (await services.people.createPerson({ name: author, slug, roleTitle: 'Reporter', location: '', bio: '', email: `${slug}@example.com` })).id);
    }
  }
  const storyOf = new Map<number, number | undefined>();
  let publishMs = 0;
  let credit = 0;
  for (const [i, item] of corpus.entries()) {
    const started = performance.now();
    const article = await services.articles.createArticle({
      headline: item.headline,
      slug: `article-${i}`,
      sectionId: sections.get(item.section)!,
      standfirst: item.standfirst,
      bodyMarkdown: item.bodyMarkdown,
      authorIds: [people.get(item.author)!],
      tags: item.tags,
      status: 'published',
      publishedAt: item.publishedAt,
    });
    publishMs += performance.now() - started;
    storyOf.set(article.id, item.cluster >= 0 ? item.cluster : undefined);
    for (credit += ticksPerArticle; credit >= 1; credit--) await runJobs();
  }
  const judge = async (): Promise<Judged[]> => {
    const judged: Judged[] = [];
    for (const [id, story] of storyOf) judged.push({ story, shown: (await services.articles.findRelated({ id }, 3)).map((item) => item.id) });
    return judged;
  };
  const threshold = async () => {
    const calibration = await context.db.selectFrom('related_calibration').select('threshold').executeTakeFirst();
    return calibration ? Number(calibration.threshold).toFixed(3) : 'none (default)';
  };
  const close = async () => {
    await context.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { context, storyOf, publishMs: publishMs / corpus.length, work, runJobs, judge, threshold, close };
}

async function run(name: string, corpus: CorpusArticle[]): Promise<Figures> {
  const site = await publishSite(corpus);
  const background = await publishSite(corpus, ticksPerArticle);
  const { context, storyOf } = site;
  try {
    const stories = new Set([...storyOf.values()].filter((story) => story !== undefined));
    const loners = [...storyOf.values()].filter((story) => story === undefined).length;
    const judgeOf = (judged: Judged[]) => measure(judged, (id) => storyOf.get(id));
    console.log(`\n== ${name}: ${corpus.length} articles (${corpus.length - loners} in ${stories.size} stories, ${loners} in none)`);
    console.log(`   published through the services in date order: ${site.publishMs.toFixed(1)} ms per article (save + index + list updates)`);
    const incremental = judgeOf(await site.judge());

    // The same timeline with the background jobs running: at the end of it, then once they settle.
    const duringTimeline = { ...background.work };
    const withJobs = judgeOf(await background.judge());
    const thresholdWithJobs = await background.threshold();
    for (;;) {
      const outcome = await background.runJobs();
      if (!outcome || (outcome.rescored === 0 && !outcome.remaining)) break;
    }
    const settledWork = { ticks: background.work.ticks - duringTimeline.ticks, rescored: background.work.rescored - duringTimeline.rescored, recalibrated: background.work.recalibrated - duringTimeline.recalibrated };
    const settled = judgeOf(await background.judge());
    const settledThreshold = await background.threshold();
    // How far the settled lists are from what a rebuild of that same site would show.
    const settledJudged = await background.judge();
    await background.context.services.related.rebuildIndex();
    const rebuiltThere = await background.judge();
    const differ = (depth: number) => settledJudged.filter((item, i) => item.shown.slice(0, depth).join() !== rebuiltThere[i]!.shown.slice(0, depth).join()).length;
    console.log(`   settled against a rebuild of the same site: first link differs for ${differ(1)} of ${settledJudged.length} articles, first three for ${differ(3)}`);
    console.log(`   with background jobs, ${ticksPerArticle} run(s) after each publish: ${duringTimeline.rescored} lists scored again in ${duringTimeline.ticks} runs (${(duringTimeline.ms / Math.max(1, duringTimeline.ticks)).toFixed(1)} ms a run, ${duringTimeline.recalibrated} recalibrations), threshold then ${thresholdWithJobs}`);
    console.log(`   settled: ${settledWork.rescored} more lists in ${settledWork.ticks} more runs (${settledWork.recalibrated} recalibrations), threshold ${settledThreshold}`);

    const rebuildStarted = performance.now();
    await context.services.related.rebuildIndex();
    console.log(`   rebuildIndex(): ${((performance.now() - rebuildStarted) / 1000).toFixed(1)} s`);
    console.log(`   evidence threshold calibrated on the site's lists: ${await site.threshold()}`);
    const rebuiltJudged = await site.judge();
    const rebuilt = judgeOf(rebuiltJudged);
    const columns = (pick: (figures: { old: Figures; honest: Figures }) => Figures) => {
      const all = { 'as published, one by one': pick(incremental), [`+ background jobs (${ticksPerArticle}/publish)`]: pick(withJobs), 'background, settled': pick(settled), 'after rebuildIndex()': pick(rebuilt) };
      return Object.fromEntries(Object.keys(pick(incremental)).map((key) => [key, Object.fromEntries(Object.entries(all).map(([column, figures]) => [column, figures[key]!.toFixed(3)]))]));
    };
    console.log('   old definitions:');
    console.table(columns((figures) => figures.old));
    console.log('   new definitions:');
    console.table(columns((figures) => figures.honest));
    // The settings were chosen on half A (even-numbered stories and even-numbered one-off articles,
    // in corpus order) of both corpora; half B was held out. A large gap would mean overfitting.
    const half = (h: number) => measure(rebuiltJudged.filter((item, position) => (item.story ?? position) % 2 === h), (id) => storyOf.get(id)).honest;
    const [chosenOn, heldOut] = [half(0), half(1)];
    console.log('   new definitions after rebuildIndex(), by half:');
    console.table(Object.fromEntries(Object.keys(chosenOn).map((key) => [key, { 'half A (settings chosen on)': chosenOn[key]!.toFixed(3), 'half B (held out)': heldOut[key]!.toFixed(3) }])));

    const stored = await context.db.selectFrom('related_articles').select(['article_id', 'score']).where('rank', '=', 1).execute();
    const best = new Map(stored.map((row) => [row.article_id, Number(row.score)]));
    const quantiles = (ids: number[]) => {
      const values = ids.map((id) => best.get(id) ?? 0).sort((a, b) => a - b);
      const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]!.toFixed(3);
      return { p5: at(0.05), p10: at(0.1), p50: at(0.5), p90: at(0.9), p95: at(0.95) };
    };
    console.log('   best stored score per article (after the rebuild):');
    console.table({
      'story articles': quantiles([...storyOf].filter(([, story]) => story !== undefined).map(([id]) => id)),
      'articles in no story': quantiles([...storyOf].filter(([, story]) => story === undefined).map(([id]) => id)),
    });
    for (const [key, value] of Object.entries(settled.honest)) backgroundSummary[key] = { ...backgroundSummary[key], [name]: value.toFixed(3) };
    for (const [key, value] of Object.entries(withJobs.honest)) timelineSummary[key] = { ...timelineSummary[key], [name]: value.toFixed(3) };
    return rebuilt.honest;
  } finally {
    await site.close();
    await background.close();
  }
}
