// kill -9 under writes, on PostgreSQL: ten times the server is killed at a random moment while
// comments and article saves are posted to it, and restarted. Every write that got its success
// answer is there afterwards, byte for byte: nothing is acknowledged before its commit. A
// database of its own, dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { adminQuery, databaseUrl, uniqueDatabaseName } from '../helpers/postgres-admin.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signFormToken } from '../../src/comments/form-token.ts';
import { crashRun, seeded } from '../helpers/crash-run.ts';
import { prepareCrashSite } from '../helpers/crash-site.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-pg-crash-'));
const name = uniqueDatabaseName('crash');
const url = databaseUrl(name);
const admin = adminQuery;

beforeAll(async () => admin(`create database ${name}`));
afterAll(async () => {
  await admin(`drop database if exists ${name} with (force)`);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('kill -9 under writes (PostgreSQL)', () => {
  it('loses no acknowledged comment or article save over ten kills', async () => {
    const env = { BYLINE_DATA_DIR: dataDir, DATABASE_URL: url };
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);
    const site = await prepareCrashSite(env, dataDir);
    const result = await crashRun({ env, cwd: dataDir, ...site, signFormToken, kills: 10, random: seeded(seed) });
    expect(result.kills).toBe(10);
    expect(result.comments.length).toBeGreaterThan(10);
    expect(result.articles.length).toBeGreaterThan(5);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const comments = new Set((await client.query<{ body: string }>('select body from comments')).rows.map((row) => row.body));
      const lost = result.comments.filter((text) => !comments.has(text));
      const rows = new Map((await client.query<{ id: number; headline: string; body_markdown: string }>('select id, headline, body_markdown from articles')).rows.map((row) => [Number(row.id), row]));
      const damaged = result.articles.filter((saved) => rows.get(saved.id)?.headline !== saved.headline || rows.get(saved.id)?.body_markdown !== saved.bodyMarkdown);
      expect({ seed, lost, damaged }).toEqual({ seed, lost: [], damaged: [] });
    } finally {
      await client.end();
    }
    console.log(`crash test (PostgreSQL, seed ${seed}): ${result.kills} kills, ${result.attempts} writes attempted, ${result.comments.length} comments and ${result.articles.length} article saves acknowledged, none lost`);
  }, 900_000); // ten starts of a real server: seconds each on an idle machine, ~30 s each under a load of 18 on 2 cores
});
