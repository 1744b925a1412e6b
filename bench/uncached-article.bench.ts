// `npx tsx bench/uncached-article.bench.ts`: the cold path of the article page in one process,
// without sockets: the demo's lead story with 50 comments rendered N times through app.inject()
// with the page cache off. Prints CPU ms and SQL statements per render. BENCH_RENDERS (2000);
// BYLINE_FRAGMENT_MEMO_MB=0 for the render without kept regions; DATABASE_URL for PostgreSQL
// (an empty database). BENCH_PURGE=thread drops the article's comment thread before each render
// (as an approved comment does): the first render after a change. Profile it with `node --cpu-prof --import tsx bench/uncached-article.bench.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.ts';
import { createAppContext } from '../src/app-context.ts';
import { loadConfig } from '../src/config/config.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { addFiftyComments } from './support/fifty-comments.ts';

const renders = Number(process.env.BENCH_RENDERS ?? 2000);
const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-cold-'));
const env = { ...(process.env.BYLINE_FRAGMENT_MEMO_MB && { BYLINE_FRAGMENT_MEMO_MB: process.env.BYLINE_FRAGMENT_MEMO_MB }), BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent', BYLINE_PAGE_CACHE_MB: '0', ...(process.env.DATABASE_URL && { DATABASE_URL: process.env.DATABASE_URL }) };
const config = loadConfig({ env, cwd: dataDir });
let leadId = 0;
{
  const context = await createAppContext(config);
  await loadDemo(context);
  const lead = (await context.services.articles.listPublished({}, { page: 1, pageSize: 1 })).items[0]!;
  await addFiftyComments(context.db, lead.id);
  leadId = lead.id;
  await context.close();
}
let statements = 0;
const app = await buildApp(config, { logger: false, onQuery: () => statements++ });
const home = (await app.inject({ url: '/' })).body;
const articlePath = /<div class="lead-story">[\s\S]*?<a href="(\/[^"]+)"/.exec(home)![1]!;
const first = await app.inject({ url: articlePath });
const commentCount = (first.body.match(/<article class="comment[ "]/g) ?? []).length;
for (let i = 0; i < 200; i++) await app.inject({ url: articlePath }); // warm the JIT
statements = 0;
const cpu = process.cpuUsage();
const started = performance.now();
const purge = process.env.BENCH_PURGE === 'thread' ? [`c:${leadId}`] : undefined;
for (let i = 0; i < renders; i++) {
  if (purge) await app.cacheInvalidation.purge(purge);
  const response = await app.inject({ url: articlePath });
  if (response.statusCode !== 200) throw new Error(`${articlePath}: ${response.statusCode}`);
}
const used = process.cpuUsage(cpu);
const wall = performance.now() - started;
console.log(`${articlePath}: ${first.body.length} bytes, ${commentCount} comments, ${config.database.dialect}`);
console.log(`CPU ${((used.user + used.system) / 1000 / renders).toFixed(3)} ms per render (wall ${(wall / renders).toFixed(3)} ms), ${(statements / renders).toFixed(1)} statements per render, ${renders} renders`);
await app.close();
if (process.env.BENCH_KEEP) console.log(`kept ${dataDir}`);
else rmSync(dataDir, { recursive: true, force: true });
