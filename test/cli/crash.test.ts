// kill -9 under writes, on SQLite: ten times the server is killed at a random moment while
// comments and article saves are posted to it, and restarted. Afterwards every write that got
// its success answer is there, byte for byte, and PRAGMA integrity_check passes. This relies on
// WAL with synchronous=NORMAL (docs/operations.md): a commit survives the process dying.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { signFormToken } from '../../src/comments/form-token.ts';
import { crashRun, seeded } from '../helpers/crash-run.ts';
import { prepareCrashSite } from '../helpers/crash-site.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('kill -9 under writes (SQLite)', () => {
  it('loses no acknowledged comment or article save over ten kills, and the database passes integrity_check', async () => {
    const env = { BYLINE_DATA_DIR: dataDir };
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);
    const site = await prepareCrashSite(env, dataDir);
    const result = await crashRun({ env, cwd: dataDir, ...site, signFormToken, kills: 10, random: seeded(seed) });
    expect(result.kills).toBe(10);
    expect(result.comments.length).toBeGreaterThan(10);
    expect(result.articles.length).toBeGreaterThan(5);

    const db = new SQLite(path.join(dataDir, 'byline.db'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const comments = new Set((db.prepare('select body from comments').all() as { body: string }[]).map((row) => row.body));
      const lost = result.comments.filter((text) => !comments.has(text));
      const article = db.prepare('select headline, body_markdown from articles where id = ?');
      const damaged = result.articles.filter((saved) => {
        const row = article.get(saved.id) as { headline: string; body_markdown: string } | undefined;
        return row?.headline !== saved.headline || row.body_markdown !== saved.bodyMarkdown;
      });
      expect({ seed, lost, damaged }).toEqual({ seed, lost: [], damaged: [] });
    } finally {
      db.close();
    }
    console.log(`crash test (SQLite, seed ${seed}): ${result.kills} kills, ${result.attempts} writes attempted, ${result.comments.length} comments and ${result.articles.length} article saves acknowledged, none lost`);
  }, 900_000); // ten starts of a real server: seconds each on an idle machine, ~30 s each under a load of 18 on 2 cores
});
