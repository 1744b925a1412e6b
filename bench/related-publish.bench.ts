// `npm run bench:related`: what publishing one article costs the related-articles engine on a
// site of 100,000 (BENCH_ARTICLES) published articles. The site's index is generated straight
// into a temporary SQLite database (term vectors, document frequencies, stored top-10 lists),
// built from a made-up vocabulary, then a handful of new articles are published for real.
// BENCH_ARCHIVE=<site.db> instead copies that SQLite file (the original is only read) and, unless
// the copy has a related index already, builds one from its own published articles
// (bench/support/related-archive-index.ts); the new articles are follow-ups written from its
// articles' own paragraphs.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { createAppContext } from '../src/app-context.ts';
import { fixedClock } from '../src/clock.ts';
import { loadConfig } from '../src/config/config.ts';
import { loadAnalyzer } from '../src/discovery/related/analyzer.ts';
import { storedTerms } from '../src/discovery/related/related.service.ts';
import { relatedRescoreBatch } from '../src/jobs.ts';
import { random } from './related-corpus.ts';
import { buildArchiveRelatedIndex } from './support/related-archive-index.ts';

const archive = process.env.BENCH_ARCHIVE;
const articles = Number(process.env.BENCH_ARTICLES ?? 100_000);
const publishes = Number(process.env.BENCH_PUBLISHES ?? 10);
const topics = Math.max(10, Math.round(articles / 20)); // about twenty articles a story
const termsPerArticle = 150; // distinct terms of a news story of 400-600 words, stop words removed
const topicSize = 60;
const topicTermsPerArticle = 40;
const rand = random(42);
const now = new Date('2026-11-28T12:00:00Z');
const dayMs = 86_400_000;

const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-related-publish-'));
const file = path.join(dataDir, 'byline.db');
const config = loadConfig({ env: { DATABASE_URL: file, BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
};

interface NewArticle {
  headline: string;
  slug: string;
  sectionId: number;
  standfirst: string;
  bodyMarkdown: string;
  authorIds: number[];
  tags: string[];
}

try {
  const newArticle = archive ? await archiveSite(archive) : await generatedSite();
  // Now publish new articles for real: each on an existing topic (generated) or story (archive).
  const context = await createAppContext(config, { clock: fixedClock(now) });
  const { services, db } = context;
  const indexing: number[] = [];
  const endToEnd: number[] = [];
  const updatedLists: number[] = [];
  const published: number[] = [];
  // Warm-up: loads the analyzer, fills caches, and calibrates the site's threshold if that is due (a scan of every list).
  const [, warmUpMs] = await time(() => services.articles.createArticle({ ...newArticle(0), slug: 'warm-up', status: 'published' }));
  for (let n = 0; n < publishes; n++) {
    // The related work alone: the article is published in the table, then indexed directly.
    const draft = await services.articles.createArticle({ ...newArticle(n), status: 'draft' });
    await db.updateTable('articles').set({ status: 'published', published_at: now.toISOString() }).where('id', '=', draft.id).execute();
    const [, indexMs] = await time(() => services.related.refreshArticle(draft.id));
    indexing.push(indexMs);
    updatedLists.push((await db.selectFrom('related_articles').select('article_id').where('related_id', '=', draft.id).execute()).length);
    // The same, as an editor experiences it: save with status published, listeners included.
    const [article, totalMs] = await time(() => services.articles.createArticle({ ...newArticle(n), slug: `new-${n}-direct`, status: 'published' }));
    endToEnd.push(totalMs);
    published.push(draft.id, article.id);
  }
  // The background job's runs (jobs.ts): lists scored on a smaller site (here, the loaded or built
  // index, never scored by the service) scored again, 25 at a time, their vectors from the text.
  const rescoring: number[] = [];
  let rescoredLists = 0;
  for (let run = 0; run < 3; run++) {
    const [outcome, runMs] = await time(() => services.related.rescoreStale({ batchSize: relatedRescoreBatch }));
    rescoring.push(runMs / Math.max(1, outcome.rescored));
    rescoredLists += outcome.rescored;
  }
  const removal: number[] = [];
  for (const id of published.slice(0, 3)) removal.push((await time(() => services.articles.updateArticle(id, { status: 'draft' })))[1]);
  await context.close();

  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
    return { median: rank(0.5).toFixed(1), p95: rank(0.95).toFixed(1), max: sorted[sorted.length - 1]!.toFixed(1) };
  };
  console.table({
    'index one article (compute + store + refresh lists), ms': { ...stats(indexing), runs: indexing.length },
    'publish through the article service (save + all listeners), ms': { ...stats(endToEnd), runs: endToEnd.length },
    'unpublish (remove + refill lists it was in), ms': { ...stats(removal), runs: removal.length },
    [`background re-scoring, ms a list (runs of ${relatedRescoreBatch})`]: { ...stats(rescoring), runs: rescoring.length },
  });
  console.log(`Lists scored again by the background runs: ${rescoredLists}`);
  console.log(`Other articles' lists each publish joined: ${updatedLists.join(', ')}`);
  console.log(`First publish (warm-up; calibrated the site's threshold if due): ${warmUpMs.toFixed(0)} ms`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

/** The synthetic site: a made-up vocabulary, topics of about twenty articles, loaded straight into the tables. */
async function generatedSite(): Promise<(n: number) => NewArticle> {
  // The schema, a section and a writer, through the app.
  const context = await createAppContext(config, { clock: fixedClock(now) });
  const section = await context.services.taxonomy.createSection({ name: 'News', slug: 'news', description: '' });
  const writer = await context.services.people.createPerson({ name: 'Bench Writer', slug: 'bench-writer', roleTitle: '', location: '', bio: '', email: 'bench@example.com' });
  await context.close();

  // A vocabulary of made-up words, as the analyzer stems them, most frequent first.
  const analyzer = await loadAnalyzer('en');
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vu', 'dor', 'bel', 'sin', 'gra', 'pho', 'zet', 'mun', 'cal', 'ith', 'ord', 'wen', 'yar', 'quo', 'lim'];
  const vocabulary: string[] = [];
  const seen = new Set<string>();
  while (vocabulary.length < 50_000) {
    let word = '';
    for (let i = 0, n = 2 + Math.floor(rand() * 3); i < n; i++) word += syllables[Math.floor(rand() * syllables.length)];
    const term = analyzer.words(word)[0];
    if (term && !seen.has(term)) {
      seen.add(term);
      vocabulary.push(term);
    }
  }
  const cumulative = new Float64Array(vocabulary.length);
  for (let r = 0, sum = 0; r < vocabulary.length; r++) cumulative[r] = sum += 1 / (r + 1);
  const zipf = () => {
    const target = rand() * cumulative[cumulative.length - 1]!;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const topicTerms = Array.from({ length: topics }, () => Array.from({ length: topicSize }, () => 2000 + Math.floor(rand() * (vocabulary.length - 2000))));

  // Each article: a topic, 150 distinct terms (40 of its topic's 60), sublinear tfs.
  const started = performance.now();
  const topicOf = new Int32Array(articles);
  const termIds = new Int32Array(articles * termsPerArticle);
  const tfs = new Float32Array(articles * termsPerArticle);
  const df = new Int32Array(vocabulary.length);
  for (let a = 0; a < articles; a++) {
    const topic = Math.floor(rand() * topics);
    topicOf[a] = topic;
    const chosen = new Set<number>();
    while (chosen.size < topicTermsPerArticle) chosen.add(topicTerms[topic]![Math.floor(rand() * topicSize)]!);
    while (chosen.size < termsPerArticle) chosen.add(zipf());
    let i = a * termsPerArticle;
    for (const id of chosen) {
      termIds[i] = id;
      tfs[i++] = 1 + Math.log(1 + Math.floor(rand() * rand() * 6));
      df[id]!++;
    }
  }

  // Bulk load in one transaction, secondary indexes dropped and rebuilt after (sorting once is faster).
  const sqlite = new SQLite(file);
  sqlite.pragma('synchronous = OFF');
  sqlite.exec('drop index related_terms_term_idx; drop index related_articles_related_idx');
  const insertArticle = sqlite.prepare(`insert into articles (id, slug, section_id, headline, status, published_at, created_at, modified_at) values (?, ?, ?, ?, 'published', ?, ?, ?)`);
  const insertAuthor = sqlite.prepare('insert into article_authors (article_id, person_id, position) values (?, ?, 0)');
  const insertDocument = sqlite.prepare('insert into related_documents (article_id, published_at, terms) values (?, ?, ?)');
  const insertTerm = sqlite.prepare('insert into related_terms (article_id, term, tf, weight) values (?, ?, ?, ?)');
  const insertStat = sqlite.prepare('insert into related_term_stats (term, df) values (?, ?)');
  const insertList = sqlite.prepare('insert into related_articles (article_id, related_id, score, rank) values (?, ?, ?, ?)');
  const byTopic: number[][] = Array.from({ length: topics }, () => []);
  for (let a = 0; a < articles; a++) byTopic[topicOf[a]!]!.push(a + 1);
  const idf = (id: number) => Math.log((1 + articles) / (1 + df[id]!)) + 1;
  let termRows = 0;
  sqlite.transaction(() => {
    for (let a = 0; a < articles; a++) {
      const id = a + 1;
      const publishedAt = new Date(now.getTime() - Math.floor(rand() * 3650) * dayMs).toISOString();
      insertArticle.run(id, `article-${id}`, section.id, `Article ${id}`, publishedAt, publishedAt, publishedAt);
      insertAuthor.run(id, writer.id);
      const entries: [term: number, weight: number, tf: number][] = [];
      for (let i = a * termsPerArticle; i < (a + 1) * termsPerArticle; i++) entries.push([termIds[i]!, tfs[i]! * idf(termIds[i]!), tfs[i]!]);
      insertDocument.run(id, publishedAt, JSON.stringify(entries.map(([term]) => vocabulary[term]!).sort()));
      const heaviest = entries.sort((x, y) => y[1] - x[1]).slice(0, storedTerms);
      const length = Math.hypot(...heaviest.map(([, weight]) => weight));
      for (const [term, weight, tf] of heaviest) {
        insertTerm.run(id, vocabulary[term]!, tf, weight / length);
        termRows++;
      }
      // A stored top ten: stories of the same topic, with plausible scores.
      const peers = byTopic[topicOf[a]!]!.filter((other) => other !== id).slice(0, 10);
      const scores = peers.map(() => 0.2 + rand() * 0.4).sort((x, y) => y - x);
      peers.forEach((other, rank) => insertList.run(id, other, scores[rank]!, rank + 1));
    }
    for (let t = 0; t < vocabulary.length; t++) if (df[t]! > 0) insertStat.run(vocabulary[t]!, df[t]!);
  })();
  sqlite.exec('create index related_terms_term_idx on related_terms (term, weight); create index related_articles_related_idx on related_articles (related_id); analyze');
  sqlite.close();
  const loadMs = performance.now() - started;
  console.log(`Related articles, publish cost: ${articles.toLocaleString('en')} published articles, ${termRows.toLocaleString('en')} stored term rows, ${topics.toLocaleString('en')} topics (generated and loaded in ${(loadMs / 1000).toFixed(1)} s)\n`);

  const text = (topic: number, words: number, share: number) =>
    Array.from({ length: words }, () => vocabulary[rand() < share ? topicTerms[topic]![Math.floor(rand() * topicSize)]! : zipf()]).join(' ');
  return (n: number) => {
    const topic = Math.floor(rand() * topics);
    return {
      headline: text(topic, 8, 0.8),
      slug: `new-${n}`,
      sectionId: section.id,
      standfirst: text(topic, 20, 0.5),
      bodyMarkdown: Array.from({ length: 8 }, () => text(topic, 60, 0.3) + '.').join('\n\n'),
      authorIds: [writer.id],
      tags: [text(topic, 1, 1), text(topic, 1, 1)],
    };
  };
}

/** A copy of an existing site's file, its related index built from its own published articles. */
async function archiveSite(source: string): Promise<(n: number) => NewArticle> {
  copyFileSync(source, file);
  const context = await createAppContext(config, { clock: fixedClock(now) }); // migrates the copy if it needs it
  const language = (await context.services.settings.getSiteSettings()).language;
  const indexed = Number((await context.db.selectFrom('related_documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  await context.close();
  if (indexed > 0) console.log(`Related articles, publish cost: a copy of ${source}, its related index as it was (${indexed.toLocaleString('en')} articles)\n`);
  else {
    const built = await buildArchiveRelatedIndex(file, language);
    console.log(`Related articles, publish cost: a copy of ${source}, ${built.articles.toLocaleString('en')} published articles, ${built.termRows.toLocaleString('en')} stored term rows, ${built.listRows.toLocaleString('en')} list rows (index built in ${built.seconds.toFixed(1)} s)\n`);
  }
  const sqlite = new SQLite(file, { readonly: true });
  const sample = sqlite.prepare(`select a.id, a.headline, a.standfirst, a.body_markdown as body, a.section_id as section, (select person_id from article_authors where article_id = a.id order by position limit 1) as author from articles a where a.status = 'published' order by (a.id * 7919) % 100003 limit 200`).all() as { id: number; headline: string; standfirst: string; body: string; section: number; author: number | null }[];
  const tagsOf = sqlite.prepare('select t.name from article_tags at join tags t on t.id = at.tag_id where at.article_id = ?');
  const tags = new Map(sample.map((row) => [row.id, (tagsOf.all(row.id) as { name: string }[]).map((tag) => tag.name)]));
  const fallbackAuthor = (sqlite.prepare('select id from people order by id limit 1').get() as { id: number }).id;
  sqlite.close();
  // A follow-up: an archived article's headline and paragraphs, reordered, with one paragraph of another article.
  return (n: number) => {
    const base = sample[Math.floor(rand() * sample.length)]!;
    const other = sample[Math.floor(rand() * sample.length)]!;
    const paragraphs = base.body.split(/\n\n+/u).sort(() => rand() - 0.5);
    return {
      headline: `${base.headline} (${n + 1})`,
      slug: `new-${n}`,
      sectionId: base.section,
      standfirst: base.standfirst,
      bodyMarkdown: [...paragraphs, other.body.split(/\n\n+/u)[0] ?? ''].join('\n\n'),
      authorIds: [base.author ?? fallbackAuthor],
      tags: tags.get(base.id) ?? [],
    };
  };
}
