// The `byline` command as a user runs it: a real process, real files, real exit codes.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const bin = path.resolve('bin/byline.js');
const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-cli-'));
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'warn' };

function byline(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { env: { ...baseEnv, ...env }, cwd: dataDir, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('byline', () => {
  it('lists its commands with --help', () => {
    const { code, stdout } = byline(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/start\s+Run the site/);
    expect(stdout).toMatch(/migrate\s+/);
    expect(stdout).toMatch(/demo\s+/);
  });

  it('explains each command with --help', () => {
    const { code, stdout } = byline(['demo', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: byline demo [--force | --remove]');
    expect(stdout).toContain('--force');
    expect(byline(['start', '--help']).stdout).toContain('Usage: byline start');
  });

  it('refuses an unknown command or option with exit code 2', () => {
    expect(byline(['frobnicate']).code).toBe(2);
    const { code, stderr } = byline(['migrate', '--sideways']);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--sideways'");
  });

  it('migrates a new database, then finds nothing to do', () => {
    const first = byline(['migrate']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Applied \d+ migration\(s\) to SQLite file .*byline\.db/);
    expect(byline(['migrate']).stdout).toContain('already up to date');
  });

  it('loads the demo into an empty database and refuses a second time without --force', () => {
    const loaded = byline(['demo']);
    expect(loaded.stderr).toBe('');
    expect(loaded.code).toBe(0);
    // Never silent while it loads (issue 13): a line every ten articles when not on a terminal.
    expect(loaded.stdout).toMatch(/^Loading the demo: 10\/\d+ articles$/m);
    expect(loaded.stdout).toMatch(/Loaded the demo into SQLite file .*: \d+ articles by 8 people in 6 sections/);
    const again = byline(['demo']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already has content');
    expect(again.stderr).toContain('--force');
    expect(again.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 90_000); // two real processes, one drawing the demo's pictures

  it('stops on a bad setting with a message naming it, and no stack trace', () => {
    const { code, stderr } = byline(['start'], { PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT is "eighty"; expected a port number');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when the database cannot be reached', () => {
    const { code, stderr } = byline(['start'], { DATABASE_URL: 'postgres://postgres:hunter2@127.0.0.1:1/nowhere' });
    expect(code).toBe(1);
    expect(stderr).toContain('Cannot open the database');
    expect(stderr).toContain('ECONNREFUSED');
    expect(stderr).not.toContain('hunter2');
  });

  it('says so when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, stderr } = byline(['start'], { PORT: String(port), HOST: '127.0.0.1' });
      expect(code).toBe(1);
      expect(stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('starts, prints the URL and serves the site until told to stop', async () => {
    const response = await startAndGet();
    expect(response.status).toBe(200);
    expect(response.body).toContain('The Meridian Ledger');
  });

  it('goes from the demo to an empty site with `byline demo --remove`, which the next start keeps empty (issue 13)', async () => {
    const removed = byline(['demo', '--remove']);
    expect(removed.stderr).toBe('');
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/^Removed \d+ articles, 8 people and 6 sections from SQLite file .*The site is empty, and stays so at the next start\.$/m);
    const response = await startAndGet();
    expect(response.status).toBe(200);
    expect(response.body).not.toContain('The Meridian Ledger');
    expect(response.out).not.toContain('loading the demo');
  }, 60_000);

  it('loads the demo again after --remove, and once more with --force, with no foreign-key failure (regression: issue 13)', async () => {
    const noFailure = (run: { stdout: string; stderr: string }) => {
      expect(run.stdout + run.stderr).not.toMatch(/FOREIGN KEY|violates foreign key|listener for .* failed/i);
      expect(run.stderr).toBe('');
    };
    const reloaded = byline(['demo']);
    noFailure(reloaded);
    expect(reloaded.code).toBe(0);
    expect(reloaded.stdout).toMatch(/Loaded the demo into SQLite file .*: (\d+) articles by 8 people in 6 sections/);
    const forced = byline(['demo', '--force']);
    noFailure(forced);
    expect(forced.code).toBe(0);
    // Clean: the search and related indexes hold only the articles there are, and related lists were
    // written (the refused writes had left none at all).
    const db = new Database(path.join(dataDir, 'byline.db'), { readonly: true });
    try {
      const count = (query: string) => (db.prepare(query).get() as { n: number }).n;
      const articles = count('select count(*) as n from articles');
      expect(articles).toBe(Number(/: (\d+) articles/.exec(forced.stdout)![1]));
      expect(count('select count(*) as n from related_documents where article_id not in (select id from articles)')).toBe(0);
      expect(count('select count(*) as n from article_search where rowid not in (select id from articles)')).toBe(0);
      expect(count('select count(distinct article_id) as n from related_articles')).toBeGreaterThan(articles / 2);
    } finally {
      db.close();
    }
    const response = await startAndGet();
    expect(response.status).toBe(200);
    expect(response.body).toContain('The Meridian Ledger');
  }, 180_000);
});

/** `byline start` on the test's data directory: the home page, and what the process printed. */
async function startAndGet(): Promise<{ status: number; body: string; out: string }> {
  {
    const child: ChildProcess = spawn(process.execPath, [bin, 'start'], { env: { ...baseEnv, PORT: '0', HOST: '127.0.0.1' }, cwd: dataDir });
    let out = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /Open (http:\/\/\S+)/.exec(out);
          if (match) resolve(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      const response = await fetch(url.replace('localhost', '127.0.0.1'));
      return { status: response.status, body: await response.text(), out };
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
}
