// The servers the bench measures: Byline as production runs it (`node bin/byline.js start`, the
// compiled build, in a child process), nginx serving the same bytes from a file when it is
// installed (`apt-get install nginx`), and a bare node:http server answering from memory.
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
export async function startByline(dataDir: string, env: Record<string, string> = {}, workers = 2): Promise<Running> {
  const started = Date.now();
  const child = spawn(process.execPath, [bin, 'start', '--workers', String(workers)], {
    cwd: dataDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BYLINE_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', BYLINE_LOG_LEVEL: 'warn', ...env },
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

/** nginx serving `body` as the only file, with as many workers as cores; undefined when nginx is not installed. */
export async function startNginx(body: Buffer, port: number): Promise<Running | undefined> {
  const nginx = findNginx();
  if (!nginx) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'byline-bench-nginx-'));
  writeFileSync(path.join(dir, 'page.html'), body);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes auto;
daemon off;
pid ${dir}/nginx.pid;
error_log stderr error;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server {
    listen 127.0.0.1:${port};
    location / { root ${dir}; default_type "text/html; charset=utf-8"; try_files /page.html =404; }
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

/** A bare node:http server answering `body` from memory, in a process of its own (so its CPU is its own). */
export async function startNodeBaseline(body: Buffer): Promise<Running> {
  const dir = mkdtempSync(path.join(tmpdir(), 'byline-bench-node-'));
  writeFileSync(path.join(dir, 'page.html'), body);
  const script = `const http = require('node:http'); const body = require('node:fs').readFileSync(${JSON.stringify(path.join(dir, 'page.html'))});
http.createServer((q, r) => { r.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }); r.end(body); }).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;
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
