// SIGTERM under a stream of readers: the server stops accepting, finishes every request it has
// begun (including one whose body is still arriving), stops its jobs, closes the database and
// exits 0. A request is "failed" if it got a 5xx or its connection dropped after being accepted;
// a refused connection after the signal is the server no longer accepting, which is the point.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/app-context.ts';
import { signFormToken } from '../../src/comments/form-token.ts';
import { loadConfig } from '../../src/config/config.ts';
import { commentForm, request, startServerProcess } from '../helpers/server-process.ts';
import { prepareOpenCommentsDemo } from '../helpers/open-comments-demo.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-shutdown-'));
const env = { BYLINE_DATA_DIR: dataDir, BYLINE_SHUTDOWN_TIMEOUT_S: '10' };
let article: { id: number; path: string };
let secret: string;

beforeAll(async () => {
  ({ article, secret } = await prepareOpenCommentsDemo(env, dataDir));
}, 120_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function countComments(body: string): Promise<number> {
  const context = await createAppContext(loadConfig({ env, cwd: dataDir }));
  try {
    const row = await context.db.selectFrom('comments').select((eb) => eb.fn.countAll<number>().as('n')).where('body', '=', body).executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await context.close();
  }
}

// Connections still waiting in the listen queue when the listener closes are reset by the kernel
// (and in a cluster, those the primary accepted in the moment before the last worker closed):
// the server never read them. So after the signal a reset before any byte of an answer counts
// as refused, and the comments posted through the stream prove it is one: each one answered 303
// is stored, each one reset is not. A reset after an answer began is always a failure.
describe.each([
  { name: 'byline start', args: [] as string[], subnet: 10 },
  { name: 'byline start --workers 2', args: ['--workers', '2'], subnet: 20 },
])('$name on SIGTERM', ({ name, args, subnet }) => {
  it('fails no request under a stream of readers, finishes the one still sending its body, and exits 0', async () => {
    const server = await startServerProcess(args, env, dataDir);
    const pages = [server.url + '/', server.url + article.path, server.url + '/search?q=river', server.url + '/healthz'];
    const failures: string[] = [];
    let served = 0;
    let servedAfterSignal = 0;
    let signalled = false;
    let refused = false;

    const notAccepted = (error: unknown) => {
      const { code, afterHeaders } = error as NodeJS.ErrnoException & { afterHeaders?: boolean };
      return signalled && !afterHeaders && (code === 'ECONNREFUSED' || code === 'ECONNRESET');
    };
    // Eight readers, six on fresh connections and two keeping theirs alive, until the server refuses them.
    const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const loop = async (i: number) => {
      for (let n = 0; !refused || !signalled; n++) {
        const url = pages[(i + n) % pages.length]!;
        const agent = i < 2 ? keepAlive : false;
        try {
          let answer;
          try {
            answer = await request(url, { agent });
          } catch (error) {
            // A kept-alive socket the server closed as idle: clients retry on a new one (RFC 9112 §9.3.1).
            if (agent && (error as NodeJS.ErrnoException).code === 'ECONNRESET') answer = await request(url, { agent: false });
            else throw error;
          }
          if (answer.status >= 500) failures.push(`${url}: ${answer.status}`);
          served++;
          if (signalled) servedAfterSignal++;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (notAccepted(error)) {
            refused = true;
            return;
          }
          failures.push(`${url}: ${code ?? (error as Error).message}`);
          if (signalled) return;
        }
      }
    };
    // Two commenters, each from an address of its own per comment (flood control is per address).
    const posted: { text: string; acknowledged: boolean }[] = [];
    const commenter = async (i: number) => {
      for (let n = 0; n < 200 && !(signalled && refused); n++) {
        const text = `Comment ${i}-${n} through the shutdown of ${name}.`;
        const form = commentForm({ articleId: String(article.id), formToken: signFormToken(secret, article.id, new Date(Date.now() - 60_000)), body: text, name: 'Steady Reader', email: 'steady@example.net' });
        const entry = { text, acknowledged: false };
        posted.push(entry);
        try {
          const answer = await request(server.url + '/comments', { method: 'POST', body: form, from: `127.0.${subnet + i}.${n + 1}`, headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' } });
          if (answer.status === 303) entry.acknowledged = true;
          else failures.push(`POST /comments: ${answer.status}`);
        } catch (error) {
          if (!notAccepted(error)) failures.push(`POST /comments: ${(error as NodeJS.ErrnoException).code}`);
          return;
        }
      }
    };
    const readers = [...Array.from({ length: 8 }, (_, i) => loop(i)), commenter(0), commenter(1)];
    await new Promise((resolve) => setTimeout(resolve, 1500));

    // A reader whose comment is half sent when the signal comes.
    const text = `Sent across the shutdown of ${name}.`;
    const body = commentForm({ articleId: String(article.id), formToken: signFormToken(secret, article.id, new Date(Date.now() - 60_000)), body: text, name: 'Slow Reader', email: 'slow@example.net' });
    const slow = new Promise<number>((resolve, reject) => {
      const outgoing = http.request(server.url + '/comments', { method: 'POST', agent: false, localAddress: `127.0.${subnet + 5}.1`, headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      outgoing.on('error', reject);
      outgoing.write(body.slice(0, 20));
      outgoing.flushHeaders();
      setTimeout(() => {
        signalled = true;
        server.child.kill('SIGTERM');
        setTimeout(() => outgoing.end(body.slice(20)), 700);
      }, 1000);
    });

    expect(await slow).toBe(303);
    await Promise.all(readers);
    expect(await server.exited).toBe(0);
    expect(failures).toEqual([]);
    expect(served).toBeGreaterThan(10);
    expect(refused).toBe(true);
    expect(await countComments(text)).toBe(1);
    for (const entry of posted) expect({ ...entry, stored: await countComments(entry.text) }).toEqual({ ...entry, stored: entry.acknowledged ? 1 : 0 });
    expect(posted.filter((entry) => entry.acknowledged).length).toBeGreaterThan(0);
    keepAlive.destroy();
    // eslint-disable-next-line no-console
    console.log(`${name}: ${served} requests served, ${servedAfterSignal} of them after SIGTERM`);
  }, 120_000);
});
