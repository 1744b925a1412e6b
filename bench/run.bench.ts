// `npm run bench`: Byline as production runs it (the compiled build, `byline start --workers N`,
// in child processes), measured against a ceiling in the same run: nginx serving the same bytes
// from a file when it is installed (Debian: `apt-get install nginx`), else a bare node:http
// server (which is always measured too). The machine is shared and noisy: only ratios within
// one run compare. Then the same at archive scale: 100,000 articles and 1,000,000 comments.
//   BENCH_SECONDS (5), BENCH_CONNECTIONS (50), BENCH_WORKERS (2), BENCH_SCALE=0 to skip the
//   archive; the archive's settings are scale.bench.ts's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get as httpGet } from 'node:http';
import path from 'node:path';
import { createAppContext } from '../src/app-context.ts';
import { loadConfig } from '../src/config/config.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { addFiftyComments } from './support/fifty-comments.ts';
import { runScale } from './scale.bench.ts';
import { commentPost, connections, fromManyClients, load, memoryLine, quiet, type Row, seconds, statusLine, workers } from './support/measure.ts';
import { freePort, startByline, startNginx, startNodeBaseline } from './support/servers.ts';

/** Each row as a ratio to the ceiling, or to its own (the brotli article to nginx sending the same brotli bytes). */
function printTable(rows: (Row & { ceiling?: Row })[], ceiling: Row): void {
  console.table(
    rows.map((row) => {
      const against = row.ceiling ?? ceiling;
      return {
        target: row.target,
        'req/s': Math.round(row.rps),
        '× ceiling': (row.rps / against.rps).toFixed(3),
        'p50 ms': row.p50,
        'p99 ms': row.p99,
        'CPU ms/req': row.cpuMs === undefined ? '' : row.cpuMs.toFixed(3),
        'CPU × ceiling': row.cpuMs === undefined || !against.cpuMs ? '' : (row.cpuMs / against.cpuMs).toFixed(1),
        ...(row.note && { note: row.note }),
      };
    }),
  );
}

/** A response as sent, before decoding (fetch would decode it): its headers and bytes. */
function asSent(url: string, acceptEncoding: string): Promise<{ headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, String(value)])), body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

// ---------------------------------------------------------------------------------------------
// Pages, on the demo publication.
const demoDir = mkdtempSync(path.join(tmpdir(), 'byline-bench-'));
let commentedPath = '';
{
  const context = await createAppContext(loadConfig({ env: { BYLINE_DATA_DIR: demoDir, ...quiet }, cwd: demoDir }));
  await loadDemo(context);
  // The cold-path target is an article with 50 comments: the second story carries them (the lead stays as it was for the cached rows).
  const second = (await context.services.articles.listPublished({}, { page: 1, pageSize: 2 })).items[1]!;
  await addFiftyComments(context.db, second.id);
  commentedPath = second.path;
  await context.close();
}
const site = await startByline(demoDir, quiet, workers);
const uncached = await startByline(demoDir, { ...quiet, BYLINE_PAGE_CACHE_MB: '0' }, workers);
const unkept = await startByline(demoDir, { ...quiet, BYLINE_PAGE_CACHE_MB: '0', BYLINE_FRAGMENT_MEMO_MB: '0' }, workers);
await new Promise((resolve) => setTimeout(resolve, 1000));
const idleMemory = memoryLine('idle', site.pid);
const home = await (await fetch(site.url + '/')).text();
const articlePath = /<div class="lead-story">[\s\S]*?<a href="(\/[^"]+)"/.exec(home)?.[1] ?? /href="(\/[a-z-]+\/\d{4}\/\d\d\/\d\d\/[^"]+)"/.exec(home)![1]!;
const sectionPath = `/${articlePath.split('/')[1]}`;
const articleHtml = await (await fetch(site.url + articlePath)).text();
// Each worker keeps its own cache, and makes the brotli body in the background: ask until a hit comes in both.
async function cachedAs(acceptEncoding: string, encoding: string | undefined) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const sent = await asSent(site.url + articlePath, acceptEncoding);
    if (sent.headers['x-cache'] === 'hit' && sent.headers['content-encoding'] === encoding) return sent;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the article page was not served from the cache as ${encoding ?? 'identity'}`);
}
const article = await cachedAs('identity', undefined);
const articleBr = await cachedAs('br', 'br');
const articleBytes = article.body;

// nginx sends the same bytes with the same headers (Byline's security, cache and CDN headers), from
// as many worker processes as Byline has; both keep connections alive.
const nginx = await startNginx({ identity: articleBytes, br: articleBr.body, headers: article.headers }, await freePort(), workers);
const node = await startNodeBaseline(articleBytes, article.headers);
console.log(`Benchmark: ${seconds} s per target, ${connections} connections (autocannon, in this process), Byline with ${workers} workers (node bin/byline.js start), SQLite.`);
console.log(`Article page: ${articleBytes.length} bytes (${articleBr.body.length} in brotli). Ceiling: ${nginx ? `nginx serving those bytes from a file, with Byline's headers, ${workers} worker processes` : 'a bare node:http server (nginx is not installed: apt-get install nginx)'}.\n`);

const rows: (Row & { ceiling?: Row })[] = [];
if (nginx) rows.push(await load('ceiling: nginx, same bytes', nginx));
rows.push(await load('node:http, same bytes from memory', node));
rows.push(await load('article, cached', site, { path: articlePath }));
const peakMemory = memoryLine('after the cached article at full load', site.pid);
const brCeiling = nginx && { ...(await load('ceiling: nginx, same brotli bytes', nginx, { path: '/br', headers: { 'accept-encoding': 'gzip, deflate, br' } })), note: `${articleBr.body.length} bytes on the wire` };
if (brCeiling) rows.push(brCeiling);
rows.push({ ...(await load('article, cached, brotli', site, { path: articlePath, headers: { 'accept-encoding': 'gzip, deflate, br' } })), note: `${articleBr.body.length} bytes on the wire${brCeiling ? '; × nginx brotli' : ''}`, ...(brCeiling && { ceiling: brCeiling }) });
rows.push({ ...(await load('article, uncached (rendered every time)', uncached, { path: articlePath })), note: 'page cache off' });
rows.push({ ...(await load('article with 50 comments, uncached', uncached, { path: commentedPath })), note: 'page cache off, kept regions (fragment memo)' });
rows.push({ ...(await load('article with 50 comments, uncached, nothing kept', unkept, { path: commentedPath })), note: 'page cache and fragment memo off' });
rows.push(await load('home, cached', site, { path: '/' }));
rows.push(await load('section, cached', site, { path: sectionPath }));
const search = await load('search, uncached', uncached, { path: '/search?q=border', setupRequest: fromManyClients });
rows.push({ ...search, note: `page cache off, a client per request (one budget per client across workers); ${statusLine(search.statuses)}` });
const comment = await load('comment POST', site, commentPost(site.url, articleHtml));
rows.push({ ...comment, note: statusLine(comment.statuses) });
const ceiling = rows[0]!;
printTable(rows, ceiling);
console.log(`Memory per process (primary, then workers): ${idleMemory}; ${memoryLine('now', site.pid)}; ${peakMemory}`);
console.log(`Start-up to the first page served (an existing database, ${workers} workers): ${site.startMs} ms.`);
const single = await startByline(demoDir, quiet, 1);
console.log(`Start-up with --workers 1: ${single.startMs} ms; its memory: ${memoryLine('idle', single.pid)}`);
await single.stop();
await Promise.all([site.stop(), uncached.stop(), unkept.stop(), node.stop(), nginx?.stop()]);
rmSync(demoDir, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// Scale: 100,000 articles and 1,000,000 comments (bench/scale.bench.ts).
if (process.env.BENCH_SCALE !== '0') await runScale();
