// `npm run bench:scale`: Byline at archive scale, 100,000 articles and 1,000,000 comments on
// SQLite, as production runs it (the compiled build, `byline start --workers N`, a child
// process): start-up and idle memory, search p95 over a mix of queries (common, mid-frequency and
// rare words, two words, a phrase, a prefix, an exclusion, section, date and author filters, a
// later page), other public pages uncached, the cost of publishing one article, and readers' p99
// on an article with and without one address flooding POST /comments. `npm run bench` runs it
// after the page targets.
//   BENCH_ARCHIVE_DB: an archive to copy (e.g. one made by scripts/generate-archive.ts);
//   else one is generated (about 2 minutes on a quiet 2-core machine) into BENCH_ARCHIVE_DIR
//   (default: a reused folder in the temporary directory). BENCH_SECONDS, BENCH_WORKERS,
//   BENCH_PORT (default: any free port), BENCH_SEARCH_ROUNDS (6), BENCH_SCALE_PARTS (some of
//   search,pages,publish,flood; all by default).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppContext } from '../src/app-context.ts';
import { loadConfig } from '../src/config/config.ts';
import { generateArchive, vocabulary } from '../scripts/generate-archive.ts';
import { commentPost, load, memoryLine, percentile, quiet, sequential, statusLine, workers } from './support/measure.ts';
import { startByline } from './support/servers.ts';

const port = process.env.BENCH_PORT ?? '0';
const parts = new Set((process.env.BENCH_SCALE_PARTS ?? 'search,pages,publish,flood').split(','));

/** The archive's data folder, made once and reused: copied from BENCH_ARCHIVE_DB or generated. */
async function archiveDir(): Promise<{ dir: string; made: string }> {
  const dir = process.env.BENCH_ARCHIVE_DIR ?? path.join(tmpdir(), 'byline-bench-archive-100k');
  const marker = path.join(dir, 'generated.json');
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const source = process.env.BENCH_ARCHIVE_DB;
    if (source) {
      copyFileSync(source, path.join(dir, 'byline.db'));
      writeFileSync(marker, JSON.stringify({ copiedFrom: source, at: new Date().toISOString() }));
    } else {
      console.log(`Generating the archive in ${dir} (100,000 articles, 1,000,000 comments)…`);
      const context = await createAppContext(loadConfig({ env: { BYLINE_DATA_DIR: dir, ...quiet }, cwd: dir }));
      const made = await generateArchive(context.db, { articles: 100_000, comments: 1_000_000 });
      await context.close();
      writeFileSync(marker, JSON.stringify({ ...made, at: new Date().toISOString() }));
    }
  }
  const info = JSON.parse(readFileSync(marker, 'utf8')) as { ms?: number; copiedFrom?: string; at: string };
  return { dir, made: info.copiedFrom ? `copied from ${info.copiedFrom}` : `generated in ${Math.round(info.ms! / 1000)} s on ${info.at.slice(0, 10)}` };
}

/** The searches measured: what readers type, from a word in nearly every article to one in a hundred. */
export const searchMix = (): { kind: string; query: string }[] => [
  { kind: 'common word (96 % of articles)', query: vocabulary[0]! },
  { kind: 'common word', query: vocabulary[1]! },
  { kind: 'mid-frequency word (43 %)', query: vocabulary[30]! },
  { kind: 'mid-frequency word (2 %)', query: vocabulary[800]! },
  { kind: 'rare word (119 articles)', query: vocabulary[15_000]! },
  { kind: 'two words', query: `${vocabulary[2]} ${vocabulary[9]}` },
  { kind: 'quoted phrase of common words', query: `"${vocabulary[0]} ${vocabulary[1]}"` },
  { kind: 'prefix', query: `${vocabulary[45]!.slice(0, 4)}*` },
  { kind: 'word, excluding another', query: `${vocabulary[4]} -${vocabulary[6]}` },
  { kind: 'common word in one section', query: `${vocabulary[5]}&section=desk-2` },
  { kind: 'common word, page 3', query: `${vocabulary[0]}&page=3` },
  { kind: 'common word in one month', query: `${vocabulary[0]}&from=2026-06-01&to=2026-06-30` },
  { kind: 'common word by a writer with 808 stories', query: `${vocabulary[0]}&author=reporter-50` },
  { kind: 'mid-frequency word (43 %) by that writer', query: `${vocabulary[30]}&author=reporter-50` },
  { kind: 'prefix by that writer', query: `${vocabulary[45]!.slice(0, 4)}*&author=reporter-50` },
  { kind: 'common word by a writer with 16,266 stories', query: `${vocabulary[0]}&author=reporter-1` },
];

const searchPath = (query: string) => `/search?q=${encodeURIComponent(query.split('&')[0]!).replaceAll('%20', '+')}${query.includes('&') ? `&${query.split('&').slice(1).join('&')}` : ''}`;

export async function runScale(): Promise<void> {
  const { dir, made } = await archiveDir();
  const { typical, busiest } = await storiesByComments(dir);
  console.log(`\nAt scale: 100,000 articles, 1,000,000 comments (SQLite, ${made}). Load average at the start: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}.`);
  const big = await startByline(dir, { ...quiet, BYLINE_PAGE_CACHE_MB: '0', BYLINE_DEMO: 'false', PORT: port }, workers);
  console.log(`Start-up to the first page on this archive: ${big.startMs} ms (page cache off, ${workers} workers). ${memoryLine('Memory after start', big.pid)}.`);
  const front = await (await fetch(big.url + '/desk-1')).text();
  const stories = [...front.matchAll(/href="(\/desk-1\/\d{4}\/\d\d\/\d\d\/[^"]+)"/g)].map((m) => m[1]!);
  const older = /href="(\/desk-1\?before=[^"]+)"/.exec(front)?.[1]?.replaceAll('&amp;', '&') ?? '/desk-1';

  if (parts.has('search')) await measureSearch(big.url);
  if (parts.has('pages')) await measurePages(big.url, stories, older, typical, busiest);
  await big.stop();
  if (parts.has('publish')) await measurePublishing(dir);
  if (parts.has('flood')) await measureFlood(dir, typical.path);
}

/** Search: each query of the mix in turn, one request at a time, several rounds. */
async function measureSearch(url: string): Promise<void> {
  const mix = searchMix().map((entry) => ({ ...entry, path: searchPath(entry.query) }));
  await sequential(url, mix.map((entry) => entry.path), 1); // warm
  const rounds = Number(process.env.BENCH_SEARCH_ROUNDS ?? 6);
  const all = await sequential(url, mix.map((entry) => entry.path), rounds);
  console.table(
    mix.map((entry, i) => {
      const times = all.times.filter((_, j) => j % mix.length === i);
      return { search: entry.kind, query: decodeURIComponent(entry.path), 'p50 ms': percentile(times, 50).toFixed(1), 'p95 ms': percentile(times, 95).toFixed(1), 'max ms': Math.max(...times).toFixed(1) };
    }),
  );
  console.log(`Search, the mix of ${mix.length} queries × ${rounds} rounds, uncached, one at a time: p50 ${all.p50.toFixed(1)} ms, p95 ${all.p95.toFixed(1)} ms, max ${all.max.toFixed(1)} ms (target p95 ≤ 20 ms).`);
}

type Story = { path: string; comments: number };

/** Other public pages, uncached, one request at a time. */
async function measurePages(url: string, stories: string[], older: string, typical: Story, busiest: Story): Promise<void> {

  const timing = [
    ['article page, uncached', stories.slice(0, 10)],
    [`article page with ${typical.comments} comments, uncached`, [typical.path]],
    [`the most commented article (${busiest.comments} comments, the first page of them), uncached`, [busiest.path], 3],
    ['home, uncached', ['/']],
    ['section front, first and an older page', ['/desk-1', older]],
    ['tag and author pages', ['/tag/topic-1', '/tag/topic-200', '/author/reporter-1', '/author/reporter-50']],
  ] as [string, string[], number?][];
  const scaleRows = [];
  console.log(`The most commented article's page: ${(await (await fetch(url + busiest.path)).arrayBuffer()).byteLength} bytes.`);
  for (const [label, paths, rounds] of timing) {
    await sequential(url, paths, 1); // warm
    const t = await sequential(url, paths, rounds ?? Math.max(3, Math.ceil(40 / paths.length)));
    scaleRows.push({ target: label, 'p50 ms': t.p50.toFixed(1), 'p95 ms': t.p95.toFixed(1), 'max ms': t.max.toFixed(1) });
  }
  console.table(scaleRows);
}

/** An article with about 50 approved comments (most have fewer), and the one with the most. */
async function storiesByComments(dir: string): Promise<{ typical: Story; busiest: Story }> {
  const context = await createAppContext(loadConfig({ env: { BYLINE_DATA_DIR: dir, ...quiet }, cwd: dir }));
  const counts = await context.db
    .selectFrom('comments')
    .select(['article_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'approved')
    .groupBy('article_id')
    .execute();
  const byCount = counts.map((row) => ({ id: row.article_id, n: Number(row.n) })).sort((x, y) => y.n - x.n);
  const pick = async (entry: { id: number; n: number }) => ({ path: (await context.services.articles.getArticle(entry.id)).path!, comments: entry.n });
  const result = { typical: await pick(byCount.find((entry) => entry.n <= 50)!), busiest: await pick(byCount[0]!) };
  await context.close();
  return result;
}

/** Publishing one article on the archive, in-process: the save and every listener (search, related, cache), against a draft's save. */
async function measurePublishing(dir: string): Promise<void> {
  const context = await createAppContext(loadConfig({ env: { BYLINE_DATA_DIR: dir, ...quiet }, cwd: dir }));
  const section = (await context.services.taxonomy.listSections())[0]!;
  const person = (await context.services.people.listAllPeople())[0]!;
  const body = (i: number) => Array.from({ length: 6 }, () => `${vocabulary[i * 50]} ${vocabulary[3]} ${vocabulary[900]} council harbour vote.`).join('\n\n');
  const times = { draft: [] as number[], published: [] as number[], searchRefresh: [] as number[] };
  for (let i = 0; i < 5; i++) {
    for (const status of ['draft', 'published'] as const) {
      const started = performance.now();
      const article = await context.services.articles.createArticle({ headline: `Bench ${status} ${Date.now()} ${i}`, sectionId: section.id, authorIds: [person.id], status, bodyMarkdown: body(i) });
      times[status].push(performance.now() - started);
      if (status === 'published') {
        const again = performance.now();
        await context.services.search.refreshArticle(article.id);
        times.searchRefresh.push(performance.now() - again);
      }
      await context.services.desk.deleteArticle(article.id);
    }
  }
  await context.close();
  const median = (values: number[]) => percentile(values, 50).toFixed(1);
  console.log(
    `Publishing one article (save, search index, related lists, events): median ${median(times.published)} ms of ${times.published.map((t) => t.toFixed(0)).join(', ')} ms; ` +
      `saving a draft: median ${median(times.draft)} ms; of the publish, the search index's share: ${median(times.searchRefresh)} ms.`,
  );
}

/** Readers of one article (page cache on, 20 connections; about 50 comments) alone, then while one address floods comments at it (20 connections). */
async function measureFlood(dir: string, story: string): Promise<void> {
  const site = await startByline(dir, { ...quiet, BYLINE_DEMO: 'false', PORT: port }, workers);
  const storyHtml = await (await fetch(site.url + story)).text();
  const alone = await load('readers alone', site, { path: story, connections: 20 });
  const [readers, flood] = await Promise.all([load('readers during a flood', site, { path: story, connections: 20 }), load('flood', site, { ...commentPost(site.url, storyHtml, '203.0.113.66'), connections: 20 })]);
  console.table(
    [alone, readers, flood].map((row) => ({ target: row.target, 'req/s': Math.round(row.rps), 'p50 ms': row.p50, 'p99 ms': row.p99, statuses: statusLine(row.statuses) })),
  );
  console.log(`Reader p99 while one address floods comments: ${readers.p99} ms (alone ${alone.p99} ms; target ≤ 50 ms). The flood: ${Math.round(flood.rps)} posts/s answered.`);
  await site.stop();
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await runScale();
