// `npm run bench`: Byline as production runs it (the compiled build, `byline start --workers N`,
// in child processes), measured against a ceiling in the same run: nginx serving the same bytes
// from a file when it is installed (Debian: `apt-get install nginx`), else a bare node:http
// server (which is always measured too). The machine is shared and noisy: only ratios within
// one run compare. Then the same at archive scale: 100,000 articles and 1,000,000 comments.
//   BENCH_SECONDS (5), BENCH_CONNECTIONS (50), BENCH_WORKERS (2), BENCH_SCALE=0 to skip the
//   archive, BENCH_ARCHIVE_DIR (default: a reused folder in the temporary directory).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get as httpGet } from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import { createAppContext } from '../src/app-context.ts';
import { loadConfig } from '../src/config/config.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { generateArchive, vocabulary } from '../scripts/generate-archive.ts';
import { treeCpuMs, treeMemory } from './support/processes.ts';
import { freePort, type Running, startByline, startNginx, startNodeBaseline } from './support/servers.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const workers = Number(process.env.BENCH_WORKERS ?? 2);
// The comment flood's posts come through 127.0.0.1 with X-Forwarded-For, as behind a proxy.
const quiet = { BYLINE_LOG_LEVEL: 'warn', BYLINE_TRUST_PROXY: '127.0.0.1' };

interface Row {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  cpuMs: number | undefined;
  note?: string;
}

interface LoadOptions {
  path?: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: { headers?: Record<string, string>; body?: string }) => { headers?: Record<string, string>; body?: string };
  connections?: number;
}

async function load(target: string, server: Running, options: LoadOptions = {}): Promise<Row & { statuses: Record<string, number> }> {
  const url = new URL(options.path ?? '/', server.url).toString();
  // A second of the same load first, unmeasured, so the figures are of JIT-compiled code, not of
  // whichever target happens to run first after a start.
  if ((options.method ?? 'GET') === 'GET') await autocannon({ url, connections: options.connections ?? connections, duration: 1, headers: options.headers ?? {} });
  const before = treeCpuMs(server.pid);
  const result = await autocannon({
    url,
    connections: options.connections ?? connections,
    duration: seconds,
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    ...(options.body !== undefined && { body: options.body }),
    ...(options.setupRequest && { requests: [{ setupRequest: options.setupRequest as never }] }),
  });
  const cpu = treeCpuMs(server.pid) - before;
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, (stat as { count: number }).count]));
  return { target, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuMs: result.requests.total > 0 ? cpu / result.requests.total : undefined, statuses };
}

function printTable(rows: Row[], ceiling: Row): void {
  console.table(
    rows.map((row) => ({
      target: row.target,
      'req/s': Math.round(row.rps),
      '× ceiling': (row.rps / ceiling.rps).toFixed(3),
      'p50 ms': row.p50,
      'p99 ms': row.p99,
      'CPU ms/req': row.cpuMs === undefined ? '' : row.cpuMs.toFixed(3),
      'CPU × ceiling': row.cpuMs === undefined || !ceiling.cpuMs ? '' : (row.cpuMs / ceiling.cpuMs).toFixed(1),
      ...(row.note && { note: row.note }),
    })),
  );
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** Latency of requests one after another (no queueing): p50 and p95 in ms. */
async function sequential(base: string, paths: string[], rounds: number): Promise<{ p50: number; p95: number; max: number }> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const route of paths) {
      const started = performance.now();
      const response = await fetch(base + route);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${route}: ${response.status}`);
      times.push(performance.now() - started);
    }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

const formTokenOf = (html: string) => /name="formToken" form="comment-form" value="([^"]+)"/.exec(html)?.[1] ?? '';
const articleIdOf = (html: string) => /name="articleId" value="(\d+)"/.exec(html)?.[1] ?? '';
let posted = 0;
/** A comment POST as a browser sends it, each with its own text; `ip` set: every post from that one address. */
function commentPost(base: string, html: string, ip?: string): LoadOptions {
  const fields = { articleId: articleIdOf(html), parentId: '', formToken: formTokenOf(html), name: 'Bench Reader', email: 'bench@example.net', url: '', website_confirm: '' };
  return {
    path: '/comments',
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
    setupRequest: (request) => ({
      ...request,
      headers: { ...request.headers, 'x-forwarded-for': ip ?? `198.51.${(posted >> 8) & 255}.${posted & 255}` },
      body: new URLSearchParams({ ...fields, body: `Comment number ${++posted} on the story.` }).toString(),
    }),
  };
}

/** The length of a response as sent, before decoding (fetch would decode it). */
function bytesOnTheWire(url: string, acceptEncoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      let length = 0;
      response.on('data', (chunk: Buffer) => (length += chunk.length));
      response.on('end', () => resolve(length));
    }).on('error', reject);
  });
}

function memoryLine(label: string, pid: number): string {
  const processes = treeMemory(pid);
  return `${label}: ${processes.map((p) => `${p.rssMb} MB (peak ${p.peakMb})`).join(', ')}; total ${processes.reduce((sum, p) => sum + p.rssMb, 0)} MB`;
}

// ---------------------------------------------------------------------------------------------
// Pages, on the demo publication.
const demoDir = mkdtempSync(path.join(tmpdir(), 'byline-bench-'));
{
  const context = await createAppContext(loadConfig({ env: { BYLINE_DATA_DIR: demoDir, ...quiet }, cwd: demoDir }));
  await loadDemo(context);
  await context.close();
}
const site = await startByline(demoDir, quiet, workers);
const uncached = await startByline(demoDir, { ...quiet, BYLINE_PAGE_CACHE_MB: '0' }, workers);
await new Promise((resolve) => setTimeout(resolve, 1000));
const idleMemory = memoryLine('idle', site.pid);
const home = await (await fetch(site.url + '/')).text();
const articlePath = /<div class="lead-story">[\s\S]*?<a href="(\/[^"]+)"/.exec(home)?.[1] ?? /href="(\/[a-z-]+\/\d{4}\/\d\d\/\d\d\/[^"]+)"/.exec(home)![1]!;
const sectionPath = `/${articlePath.split('/')[1]}`;
const articleHtml = await (await fetch(site.url + articlePath)).text();
const articleBytes = Buffer.from(await (await fetch(site.url + articlePath)).arrayBuffer());
await fetch(site.url + articlePath, { headers: { 'accept-encoding': 'br' } });

const nginx = await startNginx(articleBytes, await freePort());
const node = await startNodeBaseline(articleBytes);
console.log(`Benchmark: ${seconds} s per target, ${connections} connections (autocannon, in this process), Byline with ${workers} workers (node bin/byline.js start), SQLite.`);
console.log(`Article page: ${articleBytes.length} bytes. Ceiling: ${nginx ? 'nginx serving those bytes from a file' : 'a bare node:http server (nginx is not installed: apt-get install nginx)'}.\n`);

const rows: Row[] = [];
if (nginx) rows.push(await load('ceiling: nginx, same bytes', nginx));
rows.push(await load('node:http, same bytes from memory', node));
rows.push(await load('article, cached', site, { path: articlePath }));
const peakMemory = memoryLine('after the cached article at full load', site.pid);
rows.push({ ...(await load('article, cached, brotli', site, { path: articlePath, headers: { 'accept-encoding': 'gzip, deflate, br' } })), note: `${await bytesOnTheWire(site.url + articlePath, 'br')} bytes on the wire` });
rows.push({ ...(await load('article, uncached (rendered every time)', uncached, { path: articlePath })), note: 'page cache off' });
rows.push(await load('home, cached', site, { path: '/' }));
rows.push(await load('section, cached', site, { path: sectionPath }));
rows.push({ ...(await load('search, uncached', uncached, { path: '/search?q=border' })), note: 'page cache off' });
const comment = await load('comment POST', site, commentPost(site.url, articleHtml));
rows.push({ ...comment, note: Object.entries(comment.statuses).map(([code, n]) => `${n}× ${code}`).join(', ') });
const ceiling = rows[0]!;
printTable(rows, ceiling);
console.log(`Memory per process (primary, then workers): ${idleMemory}; ${memoryLine('now', site.pid)}; ${peakMemory}`);
console.log(`Start-up to the first page served (an existing database, ${workers} workers): ${site.startMs} ms.`);
const single = await startByline(demoDir, quiet, 1);
console.log(`Start-up with --workers 1: ${single.startMs} ms; its memory: ${memoryLine('idle', single.pid)}`);
await single.stop();
await Promise.all([site.stop(), uncached.stop(), node.stop(), nginx?.stop()]);
rmSync(demoDir, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// Scale: 100,000 articles and 1,000,000 comments.
if (process.env.BENCH_SCALE !== '0') {
  const archiveDir = process.env.BENCH_ARCHIVE_DIR ?? path.join(tmpdir(), 'byline-bench-archive-100k');
  const marker = path.join(archiveDir, 'generated.json');
  if (!existsSync(marker)) {
    rmSync(archiveDir, { recursive: true, force: true });
    mkdirSync(archiveDir, { recursive: true });
    console.log(`\nGenerating the archive in ${archiveDir} (100,000 articles, 1,000,000 comments)…`);
    const context = await createAppContext(loadConfig({ env: { BYLINE_DATA_DIR: archiveDir, ...quiet }, cwd: archiveDir }));
    const made = await generateArchive(context.db, { articles: 100_000, comments: 1_000_000 });
    await context.close();
    writeFileSync(marker, JSON.stringify({ ...made, at: new Date().toISOString() }));
  }
  const generated = JSON.parse(readFileSync(marker, 'utf8')) as { ms: number; at: string };
  console.log(`\nAt scale: 100,000 articles, 1,000,000 comments (SQLite; generated in ${Math.round(generated.ms / 1000)} s on ${generated.at.slice(0, 10)}).`);
  const big = await startByline(archiveDir, { ...quiet, BYLINE_PAGE_CACHE_MB: '0', BYLINE_DEMO: 'false' }, workers);
  console.log(`Start-up to the first page on this archive: ${big.startMs} ms (page cache off, ${workers} workers).`);
  const front = await (await fetch(big.url + '/desk-1')).text();
  const stories = [...front.matchAll(/href="(\/desk-1\/\d{4}\/\d\d\/\d\d\/[^"]+)"/g)].map((m) => m[1]!);
  const older = /href="(\/desk-1\?before=[^"]+)"/.exec(front)?.[1]?.replaceAll('&amp;', '&') ?? '/desk-1';
  const queries = [vocabulary[0], vocabulary[1], vocabulary[30], vocabulary[800], vocabulary[15_000], `${vocabulary[2]} ${vocabulary[9]}`, `"${vocabulary[0]} ${vocabulary[1]}"`, `${vocabulary[5]}&section=desk-2`].map((q) => `/search?q=${q!.replaceAll(' ', '+')}`);
  const timing = [
    ['search, a mix of 8 queries (common to rare)', queries],
    ['article page, uncached', stories.slice(0, 10)],
    ['home, uncached', ['/']],
    ['section front, first and an older page', ['/desk-1', older]],
    ['tag and author pages', ['/tag/topic-1', '/tag/topic-200', '/author/reporter-1', '/author/reporter-50']],
  ] as const;
  const scaleRows = [];
  for (const [label, paths] of timing) {
    await sequential(big.url, [...paths], 1); // warm
    const t = await sequential(big.url, [...paths], Math.max(3, Math.ceil(40 / paths.length)));
    scaleRows.push({ target: label, 'p50 ms': t.p50.toFixed(1), 'p95 ms': t.p95.toFixed(1), 'max ms': t.max.toFixed(1) });
  }
  console.table(scaleRows);
  await big.stop();

  // Publishing one article on the big archive: the save and every listener (search, related, cache).
  const context = await createAppContext(loadConfig({ env: { BYLINE_DATA_DIR: archiveDir, ...quiet }, cwd: archiveDir }));
  const section = (await context.services.taxonomy.listSections())[0]!;
  const person = (await context.services.people.listAllPeople())[0]!;
  const publishTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const article = await context.services.articles.createArticle({ headline: `Bench publish ${Date.now()} ${i}`, sectionId: section.id, authorIds: [person.id], status: 'published', bodyMarkdown: Array.from({ length: 6 }, () => `${vocabulary[i * 50]} ${vocabulary[3]} ${vocabulary[900]} council harbour vote.`).join('\n\n') });
    publishTimes.push(performance.now() - started);
    await context.services.desk.deleteArticle(article.id);
  }
  await context.close();
  console.log(`Publishing one article (save, search index, related lists, events): median ${percentile(publishTimes, 50).toFixed(0)} ms of ${publishTimes.map((t) => t.toFixed(0)).join(', ')} ms.`);

  // Readers while one address floods comments.
  const flooded = await startByline(archiveDir, { ...quiet, BYLINE_DEMO: 'false' }, workers);
  const story = stories[0]!;
  const storyHtml = await (await fetch(flooded.url + story)).text();
  const [readers, flood] = await Promise.all([load('readers', flooded, { path: story, connections: 20 }), load('flood', flooded, { ...commentPost(flooded.url, storyHtml, '203.0.113.66'), connections: 20 })]);
  console.log(`Reader p99 while one address floods comments: ${readers.p99} ms (p50 ${readers.p50} ms, ${Math.round(readers.rps)} req/s); the flood: ${Math.round(flood.rps)} posts/s, ${Object.entries(flood.statuses).map(([code, n]) => `${n}× ${code}`).join(', ')}.`);
  await flooded.stop();
}
