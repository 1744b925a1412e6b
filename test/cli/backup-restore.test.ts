// `byline backup FILE` and `byline restore FILE` on SQLite, as an operator runs them: a populated
// site round-trips with every table equal; a backup taken while the site serves and takes
// comments is consistent; a restore refuses to replace content without --force and refuses a
// backup from a newer Byline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/app-context.ts';
import { signFormToken } from '../../src/comments/form-token.ts';
import { loadConfig } from '../../src/config/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { dumpTables } from '../helpers/compare-tables.ts';
import { commentForm, request, startServerProcess } from '../helpers/server-process.ts';

const bin = path.resolve('bin/byline.js');
const root = mkdtempSync(path.join(tmpdir(), 'byline-backup-'));
const site = path.join(root, 'site');
const envOf = (dataDir: string) => ({ BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'warn' });

function byline(args: string[], dataDir: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...envOf(dataDir) }, cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function tablesOf(dataDir: string) {
  const db = await openDatabase(loadConfig({ env: envOf(dataDir), cwd: root }).database);
  try {
    return await dumpTables(db);
  } finally {
    await db.destroy();
  }
}

let article: { id: number; path: string };
let secret: string;

beforeAll(async () => {
  const context = await createAppContext(loadConfig({ env: envOf(site), cwd: root }));
  await loadDemo(context);
  await context.services.settings.updateSiteSettings({ commentPolicy: 'approve-all', tagline: 'Ünïcode — “quoted” & <kept>' });
  const lead = (await context.services.articles.listPublished({}, { page: 1, pageSize: 1 })).items[0]!;
  article = { id: lead.id, path: lead.path };
  secret = await context.services.settings.getOrCreateSecret('comments');
  await context.close();
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('byline backup and restore (SQLite)', () => {
  it('round-trips a populated site with every table equal', async () => {
    const file = path.join(root, 'round-trip.db');
    const backup = byline(['backup', file], site);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`Backed up SQLite file ${path.join(site, 'byline.db')} to ${file}`);
    const restored = path.join(root, 'restored');
    const restore = byline(['restore', file], restored);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    const [before, after] = await Promise.all([tablesOf(site), tablesOf(restored)]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before.articles!.length).toBeGreaterThan(10);
    expect(after).toEqual(before);
  });

  it('takes a consistent backup while the site serves and takes comments', async () => {
    const server = await startServerProcess([], envOf(site), root);
    const acknowledged: string[] = [];
    let posting = true;
    const poster = (async () => {
      for (let n = 0; posting && n < 200; n++) {
        const text = `Posted during the backup, number ${n}.`;
        const body = commentForm({ articleId: String(article.id), formToken: signFormToken(secret, article.id, new Date(Date.now() - 60_000)), body: text, name: 'Backup Reader', email: 'backup@example.net' });
        const answer = await request(server.url + '/comments', { method: 'POST', body, from: `127.0.40.${n + 1}`, headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' } });
        if (answer.status === 303) acknowledged.push(text);
      }
    })();
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const before = [...acknowledged];
      const file = path.join(root, 'while-serving.db');
      const backup = byline(['backup', file], site);
      expect(backup.code).toBe(0);
      const copy = new SQLite(file, { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const stored = new Set((copy.prepare('select body from comments').all() as { body: string }[]).map((row) => row.body));
        expect(before.length).toBeGreaterThan(0);
        for (const text of before) expect(stored.has(text)).toBe(true);
      } finally {
        copy.close();
      }
    } finally {
      posting = false;
      await poster;
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 120_000);

  it('refuses to replace a site that has content, unless --force', async () => {
    const file = path.join(root, 'force.db');
    expect(byline(['backup', file], site).code).toBe(0);
    const refused = byline(['restore', file], site);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already has content');
    expect(refused.stderr).toContain('--force');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(byline(['restore', file, '--force'], site).code).toBe(0);
  });

  it('refuses a backup taken by a newer Byline, naming the migration it does not know', async () => {
    const file = path.join(root, 'newer.db');
    expect(byline(['backup', file], site).code).toBe(0);
    const copy = new SQLite(file);
    copy.prepare(`insert into kysely_migration (name, timestamp) values ('2099-01-01-0001-from-the-future', '2099-01-01T00:00:00.000Z')`).run();
    copy.close();
    const refused = byline(['restore', file, '--force'], path.join(root, 'elsewhere'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('2099-01-01-0001-from-the-future');
  });

  it('refuses a file that is not a backup, and says so without a stack trace', () => {
    const file = path.join(root, 'not-a-backup.db');
    writeFileSync(file, 'this is a text file, not a database');
    const refused = byline(['restore', file], path.join(root, 'elsewhere-two'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is not a SQLite backup');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});
