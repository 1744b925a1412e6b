// `byline start --workers 2` on SQLite, as a user runs it: two worker processes behind one
// port, and a change served by one of them shows on the other's pages at once, because the
// primary relays the purge over the cluster's IPC. Fresh connections reach both workers; each
// worker's first view of a page is a miss, so two misses mean both have rendered it.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signFormToken } from '../../src/comments/form-token.ts';
import { prepareOpenCommentsDemo } from '../helpers/open-comments-demo.ts';

const bin = path.resolve('bin/byline.js');
const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-cluster-'));
// The test is the trusted proxy (X-Forwarded-For), so each test below is a client of its own.
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1', BYLINE_TRUST_PROXY: '127.0.0.1', BYLINE_SEARCH_RATE_LIMIT: '10' };

/** A request on a connection of its own (no keep-alive), so each may reach another worker. */
function fresh(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; cache: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .request(url, { agent: false, method: options.method ?? 'GET', headers: options.headers ?? {} }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, cache: response.headers['x-cache'] as string | undefined, body }));
      })
      .on('error', reject)
      .end(options.body);
  });
}

describe('byline start --workers 2', () => {
  let child: ChildProcess;
  let url: string;
  let output = '';
  let article: { id: number; path: string };
  let secret: string;

  beforeAll(async () => {
    ({ article, secret } = await prepareOpenCommentsDemo(env, dataDir));
    child = spawn(process.execPath, [bin, 'start', '--workers', '2'], { env, cwd: dataDir });
    url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Open (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!.replace('localhost', '127.0.0.1'));
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says how many workers serve the site', () => {
    expect(output).toContain('2 worker processes');
  });

  it("shows a comment approved through one worker on the other worker's cached page", async () => {
    // Fresh connections until each worker has rendered the page once (a miss each) and cached it.
    // The site is announced when the first worker listens; the second may still be starting on a
    // loaded machine, and until it listens every connection goes to the first: keep asking a while.
    const untilBothRendered = async (check: (body: string) => void) => {
      let misses = 0;
      const deadline = Date.now() + 30_000;
      for (let i = 0; misses < 2 && (i < 40 || Date.now() < deadline); i++) {
        if (i >= 40) await new Promise((resolve) => setTimeout(resolve, 100));
        const response = await fresh(url + article.path);
        expect(response.status).toBe(200);
        check(response.body);
        if (response.cache !== 'hit') misses++;
      }
      return misses;
    };
    expect(await untilBothRendered(() => {})).toBe(2);

    const form = new URLSearchParams({
      articleId: String(article.id),
      parentId: '',
      // A token served a minute ago, signed with the site's secret: a reader who took their time.
      formToken: signFormToken(secret, article.id, new Date(Date.now() - 60_000)),
      body: 'Relayed between the workers.',
      name: 'A Reader',
      email: 'reader@example.net',
      url: '',
      website_confirm: '',
    });
    const posted = await fetch(`${url}/comments`, { method: 'POST', body: form, headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    expect(posted.status).toBe(303);

    // Both workers dropped their copy (a miss each again), and no fetch got the page without the comment.
    expect(await untilBothRendered((body) => expect(body).toContain('Relayed between the workers.'))).toBe(2);
  }, 90_000);

  // Regression (issue 9): each worker kept its own search counts and could accept one comment
  // more within flood control's 15 s; both now count in the database.
  it('accepts exactly one comment of a burst from one address sent to both workers at once', async () => {
    const post = (i: number) =>
      fresh(`${url}/comments`, {
        method: 'POST',
        headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '192.0.2.77' },
        body: new URLSearchParams({ articleId: String(article.id), parentId: '', formToken: signFormToken(secret, article.id, new Date(Date.now() - 60_000)), body: `One of a burst, number ${i}.`, name: 'A Flooder', email: 'flood@example.net', url: '', website_confirm: '' }).toString(),
      });
    const statuses = (await Promise.all(Array.from({ length: 12 }, (_, i) => post(i)))).map((answer) => answer.status);
    expect(statuses.sort()).toEqual([303, ...Array(11).fill(429)]);
  }, 30_000);

  it('spends one search budget for a client whichever worker answers', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++) statuses.push((await fresh(`${url}/search?q=harbour+${i}`, { headers: { 'x-forwarded-for': '192.0.2.78' } })).status);
    expect(statuses).toEqual([...Array(10).fill(200), ...Array(6).fill(429)]);
  }, 30_000);

  it('closes every worker on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
