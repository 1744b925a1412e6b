#!/usr/bin/env node
// Start-up and idle memory of the built server (issue 9), measured from outside and repeatable:
// prepares a demo SQLite data dir once (a first start loads the demo), then starts
// `node [flags] <entry> start --workers 1` on it N times per variant, variants alternating, and
// reports per variant the median and spread of the time from spawn to the first 200 of `/`, and
// of VmRSS (/proc/<pid>/status) after 2 s idle. With --modules, one extra untimed start per variant
// lists what loads by then (ES modules through a loader hook, CommonJS from require.cache), by package.
// Not a test: figures depend on the machine and its load, so it prints the load average beside them.
//
// With --workers N (N > 1), the RSS figures are the primary's and the largest worker's.
//
//   node scripts/measure-start.js [--runs 7] [--port 4650] [--modules] [--workers 1]
//        [--variant name=ENTRY[,node-flag…]]…   (default: current=dist/byline.js)
// e.g. --variant before=/tmp/dist-before/byline.js --variant after=dist/byline.js
// A variant's NAME=value items (upper-case names) are environment variables instead of node flags:
//   --variant arenas=dist/byline.js,MALLOC_ARENA_MAX=2,--max-semi-space-size=2
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    port: { type: 'string', default: '4650' },
    idle: { type: 'string', default: '2000' },
    modules: { type: 'boolean', default: false },
    workers: { type: 'string', default: '1' },
    variant: { type: 'string', multiple: true, default: ['current=dist/byline.js'] },
  },
});
const runs = Number(values.runs);
const port = Number(values.port);
const idleMs = Number(values.idle);
const workers = Number(values.workers);
const variants = values.variant.map((spec) => {
  const [name, rest] = spec.split(/=(.*)/s);
  const [entry, ...items] = rest.split(',');
  const isEnv = (item) => /^[A-Z_][A-Z0-9_]*=/.test(item);
  return { name, entry: path.resolve(root, entry), flags: items.filter((item) => !isEnv(item)), env: Object.fromEntries(items.filter(isEnv).map((item) => item.split(/=(.*)/s).slice(0, 2))) };
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const childrenOf = (pid) => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);

async function firstOk(deadline, alive) {
  while (Date.now() < deadline && alive()) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      await response.arrayBuffer();
      if (response.status === 200) return true;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  return false;
}

/** One start: spawn, wait for the first 200 of `/`, idle, read RSS, optionally ask the probe for its module list, stop. */
async function startOnce(variant, dataDir, { probe } = {}) {
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'warn', ...variant.env };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  const flags = [...variant.flags];
  if (probe) {
    flags.push('--import', path.join(root, 'scripts/measure-start-probe.js'));
    env.MEASURE_PROBE_OUT = probe;
  }
  const started = performance.now();
  const child = spawn(process.execPath, [...flags, variant.entry, 'start', '--workers', String(workers)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  let gone = false;
  const exited = new Promise((resolve) => child.once('exit', resolve)).finally(() => (gone = true));
  const ok = await firstOk(Date.now() + 120_000, () => !gone);
  const firstPageMs = performance.now() - started;
  if (!ok) throw new Error(`${variant.name}: ${gone ? 'exited before serving' : 'no 200 from / within 120 s'}`);
  await sleep(idleMs);
  const rss = rssMb(child.pid);
  const workerRss = workers > 1 ? Math.max(...childrenOf(child.pid).map(rssMb)) : undefined;
  if (probe) {
    child.kill('SIGUSR2');
    await sleep(500);
  }
  child.kill('SIGTERM');
  await exited;
  return { firstPageMs, rss, workerRss };
}

function packageOf(file) {
  const at = file.lastIndexOf('node_modules/');
  if (at < 0) return file.startsWith('node:') ? 'node: built-ins' : path.relative(root, file).split(path.sep).slice(0, 2).join('/');
  const parts = file.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-measure-'));
try {
  const prepared = await startOnce(variants[0], dataDir); // loads the demo into the empty database
  console.log(`Prepared ${dataDir} (first start with demo load: ${Math.round(prepared.firstPageMs)} ms). Load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const results = new Map(variants.map((v) => [v.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const variant of i % 2 ? [...variants].reverse() : variants) results.get(variant.name).push(await startOnce(variant, dataDir));
  }
  console.log(`\n${runs} starts per variant, alternating; existing database; --workers ${workers}. Load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`variant          first 200 of / (ms): median [min–max]     RSS after ${idleMs / 1000} s idle (MB): median [min–max]${workers > 1 ? ' of the primary; largest worker' : ''}`);
  for (const variant of variants) {
    const rs = results.get(variant.name);
    const t = rs.map((r) => r.firstPageMs);
    const m = rs.map((r) => r.rss);
    const w = rs.map((r) => r.workerRss);
    const spread = (xs) => `${median(xs).toFixed(1).padStart(6)} [${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}]`;
    console.log(`${variant.name.padEnd(16)} ${String(Math.round(median(t))).padStart(6)} [${Math.round(Math.min(...t))}–${Math.round(Math.max(...t))}]                     ${spread(m)}${workers > 1 ? `; ${spread(w)}` : ''}`);
  }
  if (values.modules) {
    for (const variant of variants) {
      const out = path.join(dataDir, `modules-${variant.name}.json`);
      writeFileSync(out, '');
      await startOnce(variant, dataDir, { probe: out });
      const listed = JSON.parse(readFileSync(out, 'utf8'));
      const byPackage = new Map();
      for (const file of listed.files) byPackage.set(packageOf(file), (byPackage.get(packageOf(file)) ?? 0) + 1);
      console.log(`\n${variant.name}: ${listed.files.length} module files loaded by the first page (+2 s), ${listed.builtins} built-ins; by package:`);
      if (process.env.MEASURE_LIST) console.log(listed.files.filter((f) => !f.includes("node_modules")).join("\n"));
      console.log([...byPackage].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${n}`).join(', '));
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
