// `npm run bench:related-quality`: how often "See also" stays on topic. For each labelled corpus
// (CORPUS=generated|hard, both by default) the articles are published in date order through the
// real services on a temporary SQLite database, so every list is what incremental publishing
// left, then the article service is asked for each article's suggestions, as the page asks.
// Prints the old and the new (honest) definitions, the targets, and the best-score distribution.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppContext } from '../src/app-context.ts';
import { fixedClock } from '../src/clock.ts';
import { loadConfig } from '../src/config/config.ts';
import { buildCorpus, type CorpusArticle } from './related-corpus.ts';
import { buildHardCorpus } from './related-hard-corpus.ts';
import { definitions, measure, targets, type Figures, type Judged } from './related-measures.ts';

const seed = Number(process.env.SEED ?? 20261129);
const corpora: Record<string, () => CorpusArticle[]> = {
  generated: () => buildCorpus(seed),
  hard: () => buildHardCorpus(seed),
};
const chosen = (process.env.CORPUS ?? 'generated,hard').split(',').map((name) => name.trim());

console.log(definitions.join('\n'));
const summary: Record<string, Record<string, string>> = {};
for (const name of chosen) {
  const build = corpora[name];
  if (!build) throw new Error(`CORPUS: unknown corpus "${name}" (known: ${Object.keys(corpora).join(', ')})`);
  const result = await run(name, build());
  for (const [key, value] of Object.entries(result)) summary[key] = { ...summary[key], [name]: value.toFixed(3) };
}
console.log(`\nSummary (after rebuildIndex), seed ${seed}; target met = ✓`);
console.table(Object.fromEntries(Object.entries(summary).map(([key, row]) => [key, { ...row, target: targets[key] ? (Object.values(row).every((v) => targets[key]!(Number(v))) ? '✓' : '✗') : '' }])));

async function run(name: string, corpus: CorpusArticle[]): Promise<Figures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-related-quality-'));
  const config = loadConfig({ env: { DATABASE_URL: path.join(dataDir, 'byline.db'), BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
  const context = await createAppContext(config, { clock: fixedClock(new Date('2027-06-01T00:00:00Z')) });
  const { services } = context;
  try {
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
    const started = performance.now();
    for (const [i, item] of corpus.entries()) {
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
      storyOf.set(article.id, item.cluster >= 0 ? item.cluster : undefined);
    }
    const publishMs = (performance.now() - started) / corpus.length;
    const stories = new Set([...storyOf.values()].filter((story) => story !== undefined));
    const loners = [...storyOf.values()].filter((story) => story === undefined).length;

    const judge = async (): Promise<(Judged & { id: number })[]> => {
      const judged: (Judged & { id: number })[] = [];
      for (const [id, story] of storyOf) judged.push({ id, story, shown: (await services.articles.findRelated({ id }, 3)).map((item) => item.id) });
      return judged;
    };
    console.log(`\n== ${name}: ${corpus.length} articles (${corpus.length - loners} in ${stories.size} stories, ${loners} in none)`);
    console.log(`   published through the services in date order: ${publishMs.toFixed(1)} ms per article (save + index + list updates)`);
    const incremental = measure(await judge(), (id) => storyOf.get(id));
    const rebuildStarted = performance.now();
    await services.related.rebuildIndex();
    console.log(`   rebuildIndex(): ${((performance.now() - rebuildStarted) / 1000).toFixed(1)} s`);
    const calibration = await context.db.selectFrom('related_calibration').select('threshold').executeTakeFirst();
    console.log(`   evidence threshold calibrated on the site's lists: ${calibration ? Number(calibration.threshold).toFixed(3) : 'none (default)'}`);
    const rebuiltJudged = await judge();
    const rebuilt = measure(rebuiltJudged, (id) => storyOf.get(id));
    const table = (a: Figures, b: Figures) => Object.fromEntries(Object.keys(a).map((key) => [key, { 'as published, one by one': a[key]!.toFixed(3), 'after rebuildIndex()': b[key]!.toFixed(3) }]));
    console.log('   old definitions:');
    console.table(table(incremental.old, rebuilt.old));
    console.log('   new definitions:');
    console.table(table(incremental.honest, rebuilt.honest));
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
    return rebuilt.honest;
  } finally {
    await context.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
