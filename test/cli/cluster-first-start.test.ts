// A cluster's first start on an empty SQLite database: the demo is loaded once, by one worker,
// before the site is announced, and every worker serves it from its first page: a worker that
// opened the database before the preparing one was done would announce an empty site.
// (PostgreSQL: test/postgres/cluster-first-start.test.ts.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { demoLoadedLines, firstClusterStart } from '../helpers/cluster-first-start.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-cluster-first-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('byline start --workers 2 on an empty SQLite database', () => {
  it('migrates and loads the demo once, before the site is announced, and both workers serve it, neither holding the demo loader', async () => {
    const { output, homes, workersRssMb } = await firstClusterStart({ BYLINE_DATA_DIR: dataDir }, dataDir);
    expect(demoLoadedLines(output)).toHaveLength(1);
    // Two workers, neither holding what drew the demo's pictures (the one that loaded it was 169 MB).
    expect(workersRssMb).toHaveLength(2);
    for (const rss of workersRssMb) expect(rss).toBeLessThan(150);
    expect(output.indexOf('Loaded ')).toBeLessThan(output.indexOf('Open http'));
    const db = new Database(path.join(dataDir, 'byline.db'), { readonly: true });
    try {
      const { n } = db.prepare('select count(*) as n from articles').get() as { n: number };
      expect(demoLoadedLines(output)[0]).toContain(`Loaded ${n} articles`);
      const { slug } = db.prepare("select slug from articles where status = 'published' order by published_at desc limit 1").get() as { slug: string };
      for (const home of homes) expect(home).toContain(slug);
    } finally {
      db.close();
    }
  }, 120_000);
});
