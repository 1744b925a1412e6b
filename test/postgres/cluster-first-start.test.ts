// A cluster's first start on an empty PostgreSQL database (one of its own, dropped afterwards):
// the demo is loaded once, by one worker, before the site is announced, and every worker serves
// it from its first page. (SQLite: test/cli/cluster-first-start.test.ts.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLoadedLines, firstClusterStart } from '../helpers/cluster-first-start.ts';
import { adminQuery, databaseUrl, uniqueDatabaseName } from '../helpers/postgres-admin.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-pg-cluster-first-'));
const name = uniqueDatabaseName('cluster');
const url = databaseUrl(name);

beforeAll(async () => adminQuery(`create database ${name}`));
afterAll(async () => {
  await adminQuery(`drop database if exists ${name} with (force)`);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('byline start --workers 2 on an empty PostgreSQL database', () => {
  it('migrates and loads the demo once, before the site is announced, and both workers serve it, neither holding the demo loader', async () => {
    const { output, homes, workersRssMb } = await firstClusterStart({ BYLINE_DATA_DIR: dataDir, DATABASE_URL: url }, dataDir);
    expect(demoLoadedLines(output)).toHaveLength(1);
    // Two workers, neither holding what drew the demo's pictures (the one that loaded it was 169 MB).
    expect(workersRssMb).toHaveLength(2);
    for (const rss of workersRssMb) expect(rss).toBeLessThan(150);
    expect(output.indexOf('Loaded ')).toBeLessThan(output.indexOf('Open http'));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows: [count] } = await client.query<{ n: string }>('select count(*) as n from articles');
      expect(demoLoadedLines(output)[0]).toContain(`Loaded ${count!.n} articles`);
      const { rows: [newest] } = await client.query<{ slug: string }>("select slug from articles where status = 'published' order by published_at desc limit 1");
      for (const home of homes) expect(home).toContain(newest!.slug);
    } finally {
      await client.end();
    }
  }, 120_000);
});
