// The servers the bench measures: Byline as production runs it (`node bin/byline.js start`, the
// compiled build, in a child process), nginx serving the same bytes from a file when it is
// installed (`apt-get install nginx`), and a bare node:http server answering from memory; both
// can send Byline's own headers with the bytes, so every answer is the same size on the wire.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Running {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first page served. */
  startMs: number;
  stop(): Promise<void>;
}

const bin = path.resolve('bin/byline.js');

async function firstPage(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${url} did not answer in time`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/** Starts Byline on `dataDir`; resolves once it has served its home page. */
/** BENCH_SERVER_ENV: a JSON object of environment variables added to every Byline server started (for A/B runs of one setting). */
const serverEnv: Record<string, string> = process.env.BENCH_SERVER_ENV ? JSON.parse(process.env.BENCH_SERVER_ENV) : {};

export async function startByline(dataDir: string, env: Record<string, string> = {}, workers = 2): Promise<Running> {
  const started = Date.now();
  const child = spawn(process.execPath, [bin, 'start', '--workers', String(workers)], {
    cwd: dataDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BYLINE_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', BYLINE_LOG_LEVEL: 'warn', ...serverEnv, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!.replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`byline start exited with ${code}: ${out}`)));
  });
  await firstPage(url, Date.now() + 60_000);
  return { url, pid: child.pid!, startMs: Date.now() - started, stop: stopper(child) };
}

export function findNginx(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx']) if (existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() || undefined : undefined;
}

export interface NginxPage {
  /** The page as sent without compression, at `/`. */
  identity: Buffer;
  /** The same page's brotli bytes, at `/br`, sent with `Content-Encoding: br`. */
  br?: Buffer;
  /** Headers sent with both, as Byline sends them (the ones nginx makes itself are left out). */
  headers?: Record<string, string>;
}

// nginx writes these itself; the rest of a Byline answer's headers are added to nginx's.
const ownedByNginx = new Set(['date', 'content-length', 'content-type', 'content-encoding', 'connection', 'keep-alive', 'transfer-encoding']);

function nginxString(value: string): string {
  if (value.includes('$')) throw new Error(`nginx would read a variable in this header: ${value}`);
  return value.includes("'") ? `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"` : `'${value}'`;
}

/**
 * nginx serving a page from files, with `workers` worker processes (as many as Byline's, so both
 * sides have the same cores' worth of processes), keep-alive, no access log; undefined when nginx
 * is not installed. With `headers`, nginx sends Byline's headers too, so both answers are the same
 * size on the wire.
 */
export async function startNginx(page: NginxPage, port: number, workers: number): Promise<Running | undefined> {
  const nginx = findNginx();
  if (!nginx) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'byline-bench-nginx-'));
  writeFileSync(path.join(dir, 'page.html'), page.identity);
  if (page.br) writeFileSync(path.join(dir, 'page.br'), page.br);
  const added = Object.entries(page.headers ?? {})
    .filter(([name]) => !ownedByNginx.has(name.toLowerCase()))
    .map(([name, value]) => `add_header ${name} ${nginxString(value)} always;`)
    .join(' ');
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes ${workers};
daemon off;
pid ${dir}/nginx.pid;
error_log stderr error;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server_tokens off;
  ${page.headers?.etag ? 'etag off;' : ''}
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server {
    listen 127.0.0.1:${port};
    default_type "text/html; charset=utf-8";
    location = /br { root ${dir}; ${added} add_header content-encoding br always; try_files /page.br =404; }
    location / { root ${dir}; ${added} try_files /page.html =404; }
  }
}
`,
  );
  const started = Date.now();
  const child = spawn(nginx, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}/`;
  await firstPage(url, Date.now() + 10_000);
  return { url, pid: child.pid!, startMs: Date.now() - started, stop: stopper(child) };
}

/** A bare node:http server answering `body` from memory, with `headers`, in a process of its own (so its CPU is its own). */
export async function startNodeBaseline(body: Buffer, headers: Record<string, string> = {}): Promise<Running> {
  const dir = mkdtempSync(path.join(tmpdir(), 'byline-bench-node-'));
  writeFileSync(path.join(dir, 'page.html'), body);
  const sent = Object.entries({ 'content-type': 'text/html; charset=utf-8', ...headers }).filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(name)).flat();
  const script = `const http = require('node:http'); const body = require('node:fs').readFileSync(${JSON.stringify(path.join(dir, 'page.html'))});
const headers = [...${JSON.stringify(sent)}, 'content-length', String(body.length)];
http.createServer((q, r) => { r.writeHead(200, headers); r.end(body); }).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;
  const started = Date.now();
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve) => child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
  const url = `http://127.0.0.1:${port}/`;
  await firstPage(url, Date.now() + 10_000);
  return { url, pid: child.pid!, startMs: Date.now() - started, stop: stopper(child) };
}

export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
