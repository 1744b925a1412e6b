// `npm run bench:related-quality`: how often "See also" stays on topic. Publishes the labelled
// corpus (bench/related-corpus.ts) in date order through the real services on a temporary
// SQLite database, so every list is what incremental publishing left, then asks the article
// service for each article's suggestions. Prints P@1, P@3, omitted shares and a threshold sweep.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppContext } from '../src/app-context.ts';
import { fixedClock } from '../src/clock.ts';
import { loadConfig } from '../src/config/config.ts';
import { relatedThreshold } from '../src/discovery/related/related.ts';
import { buildCorpus } from './related-corpus.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-related-quality-'));
const config = loadConfig({ env: { DATABASE_URL: path.join(dataDir, 'byline.db'), BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
const context = await createAppContext(config, { clock: fixedClock(new Date('2026-06-01T00:00:00Z')) });
const { services } = context;

try {
  const corpus = buildCorpus(Number(process.env.SEED ?? 20261129));
  const sections = new Map<string, number>();
  const people = new Map<string, number>();
  for (const item of corpus) {
    if (!sections.has(item.section)) sections.set(item.section, (await services.taxonomy.createSection({ name: item.section, slug: item.section.toLowerCase(), description: '' })).id);
    if (!people.has(item.author)) {
      const slug = item.author.toLowerCase().replaceAll(' ', '-');
      people.set(item.author, (await services.people.createPerson({ name: item.author, slug, roleTitle: 'Reporter', location: '', bio: '', email: `${slug}@example.com` })).id);
    }
  }
  const clusterOf = new Map<number, number>();
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
    clusterOf.set(article.id, item.cluster);
  }
  const publishMs = (performance.now() - started) / corpus.length;

  const inClusters = [...clusterOf].filter(([, cluster]) => cluster >= 0);
  const distractors = [...clusterOf].filter(([, cluster]) => cluster < 0);
  const same = (id: number, other: number) => clusterOf.get(id) === clusterOf.get(other);

  /** P@1, P@3 and omitted shares from what the article service suggests (up to 3 each). */
  async function measure(): Promise<Record<string, string>> {
    const suggestions = new Map<number, number[]>();
    for (const [id] of clusterOf) suggestions.set(id, (await services.articles.findRelated({ id }, 3)).map((story) => story.id));
    const withBox = inClusters.filter(([id]) => suggestions.get(id)!.length > 0);
    const shown = withBox.flatMap(([id]) => suggestions.get(id)!.map((other) => same(id, other)));
    const omitted = (group: [number, number][]) => (group.filter(([id]) => suggestions.get(id)!.length === 0).length / group.length).toFixed(3);
    return {
      'P@1 (cluster articles with a box)': (withBox.filter(([id]) => same(id, suggestions.get(id)![0]!)).length / Math.max(1, withBox.length)).toFixed(3),
      'P@3 (share of shown suggestions, up to 3 each)': (shown.filter(Boolean).length / Math.max(1, shown.length)).toFixed(3),
      'box omitted: cluster articles': omitted(inClusters),
      'box omitted: distractors': omitted(distractors),
      'box omitted: all articles': omitted([...clusterOf]),
    };
  }

  console.log(`Related articles quality: ${corpus.length} articles (${inClusters.length} in ${new Set(inClusters.map(([, c]) => c)).size} clusters, ${distractors.length} distractors), threshold ${relatedThreshold}`);
  console.log(`  published through the services in date order: ${publishMs.toFixed(1)} ms per article (save + index + list updates)`);
  const incremental = await measure();
  const rebuildStarted = performance.now();
  await services.related.rebuildIndex();
  const rebuildMs = performance.now() - rebuildStarted;
  const rebuilt = await measure();
  console.log(`  rebuildIndex() over the whole corpus: ${(rebuildMs / 1000).toFixed(1)} s`);
  console.table(Object.fromEntries(Object.keys(incremental).map((key) => [key, { 'as published, one by one': incremental[key], 'after rebuildIndex()': rebuilt[key] }])));

  const stored = await context.db.selectFrom('related_articles').select(['article_id', 'related_id', 'score']).orderBy('article_id').orderBy('rank').execute();
  const lists = new Map<number, { id: number; score: number }[]>();
  for (const row of stored) lists.set(row.article_id, [...(lists.get(row.article_id) ?? []), { id: row.related_id, score: Number(row.score) }]);
  const best = (group: [number, number][]) => group.map(([id]) => lists.get(id)?.[0]?.score ?? 0).sort((a, b) => a - b);
  const at = (values: number[], q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]!.toFixed(3);
  const clusterBest = best(inClusters);
  const distractorBest = best(distractors);
  console.log('Best stored score per article, after the rebuild (the candidate for "See also"):');
  console.table({
    'cluster articles': { p5: at(clusterBest, 0.05), p10: at(clusterBest, 0.1), p50: at(clusterBest, 0.5), p90: at(clusterBest, 0.9) },
    distractors: { p5: at(distractorBest, 0.05), p10: at(distractorBest, 0.1), p50: at(distractorBest, 0.5), p90: at(distractorBest, 0.9) },
  });

  // The same measures from the stored scores (as rebuilt) at other thresholds (no pins here).
  const sweep: Record<string, Record<string, string>> = {};
  for (const threshold of [0, 0.1, 0.15, 0.18, 0.2, 0.22, 0.24, 0.25, 0.26, 0.28, 0.3]) {
    const top = (id: number) => (lists.get(id) ?? []).filter((entry) => entry.score >= threshold).slice(0, 3).map((entry) => entry.id);
    const boxed = inClusters.filter(([id]) => top(id).length > 0);
    const hits = boxed.flatMap(([id]) => top(id).map((other) => same(id, other)));
    sweep[threshold.toFixed(2)] = {
      'P@1': (boxed.filter(([id]) => same(id, top(id)[0]!)).length / Math.max(1, boxed.length)).toFixed(3),
      'P@3': (hits.filter(Boolean).length / Math.max(1, hits.length)).toFixed(3),
      'omitted (clusters)': (1 - boxed.length / inClusters.length).toFixed(3),
      'omitted (distractors)': (distractors.filter(([id]) => top(id).length === 0).length / distractors.length).toFixed(3),
    };
  }
  console.log('Threshold sweep over the stored lists:');
  console.table(sweep);
} finally {
  await context.close();
  rmSync(dataDir, { recursive: true, force: true });
}
