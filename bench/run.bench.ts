// `npm run bench`: page throughput and latency as ratios against a baseline measured in the
// same run, because this machine is shared and noisy. The baseline is a bare node:http server
// answering with the same article's bytes from memory: "static-file speed". Pages come from
// the page cache after their first view; one row renders every time, to show what it saves.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config/config.ts';
import { loadDemo } from '../src/demo/load-demo.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

interface Result {
  name: string;
  requests: number;
  p50: number;
  p99: number;
}

async function measure(name: string, url: string, headers: Record<string, string> = {}): Promise<Result> {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return { name, requests: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-bench-'));
const config = loadConfig({ env: { BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
const app = await buildApp(config, { logger: false });
await loadDemo(app.byline);
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

const lead = (await app.byline.services.articles.listPublished({}, { page: 1, pageSize: 1 })).items[0]!;
const articleBytes = Buffer.from(await (await fetch(base + lead.path)).arrayBuffer());
const baseline = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': articleBytes.length });
  response.end(articleBytes);
});
await new Promise<void>((resolve) => baseline.listen(0, '127.0.0.1', resolve));
const baselineUrl = `http://127.0.0.1:${(baseline.address() as { port: number }).port}/`;

console.log(`Benchmark: ${seconds}s per target, ${connections} connections, SQLite, demo content (${articleBytes.length} bytes of article HTML)\n`);
const results: Result[] = [];
results.push(await measure('baseline: same bytes from memory', baselineUrl));
results.push(await measure('article page', base + lead.path));
// A held-comment cookie makes a page personal: never served from or stored in the page cache.
results.push(await measure('article page, rendered every time', base + lead.path, { cookie: 'byline_held=bench' }));
results.push(await measure('home front', base + '/'));
results.push(await measure('section front', `${base}/${lead.section.slug}`));
results.push(await measure('author page', `${base}/author/${lead.authors[0]!.slug}`));

const [reference] = results;
const rows = results.map((r) => ({
  target: r.name,
  'req/s': Math.round(r.requests),
  'throughput × baseline': (r.requests / reference!.requests).toFixed(3),
  'p50 ms': r.p50,
  'p99 ms': r.p99,
  'p99 × baseline': (r.p99 / Math.max(reference!.p99, 1)).toFixed(1),
}));
console.table(rows);

await app.close();
baseline.close();
rmSync(dataDir, { recursive: true, force: true });
