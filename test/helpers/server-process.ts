// The real `byline start` as a child process (bin/byline.js → dist/), for tests of what only a
// process shows: signals, kill -9, several workers. Requests go out on connections of their
// own, optionally from another loopback address (127.0.0.N), so each client is its own reader.
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';

const bin = path.resolve('bin/byline.js');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

export async function startServerProcess(args: string[], env: Record<string, string>, cwd: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bin, 'start', ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: '0', BYLINE_LOG_LEVEL: 'warn', ...env }, cwd });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const match = /Open (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!.replace('localhost', '127.0.0.1'));
    };
    child.stdout!.on('data', look);
    void exited.then((code) => reject(new Error(`byline start exited with ${code} before listening:\n${output}`)));
  });
  return { child, url, output: () => output, exited };
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RequestOptions {
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  /** A loopback address to connect from (127.0.0.2 …): the server sees another reader. */
  from?: string;
  agent?: http.Agent | false;
}

/** One HTTP request; rejects with the socket's error (ECONNREFUSED, ECONNRESET …), marked `afterHeaders` if the answer had begun. */
export function request(url: string, options: RequestOptions = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method: options.method ?? 'GET', headers: options.headers, agent: options.agent ?? false, ...(options.from && { localAddress: options.from }) }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      response.on('error', (error: NodeJS.ErrnoException & { afterHeaders?: boolean }) => reject(Object.assign(error, { afterHeaders: true })));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** A form body as the article page's comment form would send it. */
export function commentForm(fields: Record<string, string>): string {
  return new URLSearchParams({ parentId: '', url: '', website_confirm: '', ...fields }).toString();
}
