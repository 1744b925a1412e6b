// How the benches load a server and read the result: autocannon runs (req/s, p50/p99, server CPU
// per request from /proc), requests one after another for latency without queueing, comment
// POSTs as a browser sends them, and memory lines. Shared by run.bench.ts and scale.bench.ts.
import autocannon from 'autocannon';
import { treeCpuMs, treeMemory } from './processes.ts';
import type { Running } from './servers.ts';

export const seconds = Number(process.env.BENCH_SECONDS ?? 5);
export const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
export const workers = Number(process.env.BENCH_WORKERS ?? 2);
// The comment flood's posts come through 127.0.0.1 with X-Forwarded-For, as behind a proxy.
export const quiet = { BYLINE_LOG_LEVEL: 'warn', BYLINE_TRUST_PROXY: '127.0.0.1' };

export interface Row {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  cpuMs: number | undefined;
  note?: string;
}

export interface LoadOptions {
  path?: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: { headers?: Record<string, string>; body?: string }) => { headers?: Record<string, string>; body?: string };
  connections?: number;
  /** Seconds of measured load (BENCH_SECONDS). */
  duration?: number;
}

export async function load(target: string, server: Running, options: LoadOptions = {}): Promise<Row & { statuses: Record<string, number> }> {
  const url = new URL(options.path ?? '/', server.url).toString();
  // A second of the same load first, unmeasured, so the figures are of JIT-compiled code, not of
  // whichever target happens to run first after a start.
  if ((options.method ?? 'GET') === 'GET') await autocannon({ url, connections: options.connections ?? connections, duration: 1, headers: options.headers ?? {}, ...(options.setupRequest && { requests: [{ setupRequest: options.setupRequest as never }] }) });
  const before = treeCpuMs(server.pid);
  const result = await autocannon({
    url,
    connections: options.connections ?? connections,
    duration: options.duration ?? seconds,
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    ...(options.body !== undefined && { body: options.body }),
    ...(options.setupRequest && { requests: [{ setupRequest: options.setupRequest as never }] }),
  });
  const cpu = treeCpuMs(server.pid) - before;
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, (stat as { count: number }).count]));
  return { target, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuMs: result.requests.total > 0 ? cpu / result.requests.total : undefined, statuses };
}

export const statusLine = (statuses: Record<string, number>) =>
  Object.entries(statuses)
    .map(([code, n]) => `${n}× ${code}`)
    .join(', ');

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

let client = 0;
/**
 * An address of its own for each request, forwarded by the bench (the site trusts 127.0.0.1 as its
 * proxy, `quiet`): the search rate limit is one budget per client across every worker, and a bench
 * that measures search is many readers, not one client past its budget (which would measure 429s).
 */
export const nextClient = () => `198.18.${(++client >> 8) & 255}.${client & 255}`;

/** A GET load from many clients (nextClient): each request forwarded for another address. */
export const fromManyClients: LoadOptions['setupRequest'] = (request) => ({ ...request, headers: { ...request.headers, 'x-forwarded-for': nextClient() } });

/** Latency of requests one after another (no queueing), each from its own client: p50 and p95 in ms. */
export async function sequential(base: string, paths: string[], rounds: number): Promise<{ p50: number; p95: number; max: number; times: number[] }> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const route of paths) {
      const started = performance.now();
      const response = await fetch(base + route, { headers: { 'x-forwarded-for': nextClient() } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${route}: ${response.status}`);
      times.push(performance.now() - started);
    }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), times };
}

const formTokenOf = (html: string) => /name="formToken" form="comment-form" value="([^"]+)"/.exec(html)?.[1] ?? '';
const articleIdOf = (html: string) => /name="articleId" value="(\d+)"/.exec(html)?.[1] ?? '';
let posted = 0;
/** A comment POST as a browser sends it, each with its own text; `ip` set: every post from that one address. */
export function commentPost(base: string, html: string, ip?: string): LoadOptions {
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

export function memoryLine(label: string, pid: number): string {
  const processes = treeMemory(pid);
  return `${label}: ${processes.map((p) => `${p.rssMb} MB (peak ${p.peakMb})`).join(', ')}; total ${processes.reduce((sum, p) => sum + p.rssMb, 0)} MB`;
}
