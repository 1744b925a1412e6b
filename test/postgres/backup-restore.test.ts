// `byline backup FILE` and `byline restore FILE` on PostgreSQL (pg_dump / pg_restore): a
// populated site round-trips into another database with every table equal, and a restore
// refuses to replace content without --force. Two databases of their own, dropped afterwards.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { adminQuery, databaseUrl, uniqueDatabaseName } from '../helpers/postgres-admin.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { dumpTables } from '../helpers/compare-tables.ts';

const bin = path.resolve('bin/byline.js');
const root = mkdtempSync(path.join(tmpdir(), 'byline-pg-backup-'));
const names = { source: uniqueDatabaseName('bk_src'), target: uniqueDatabaseName('bk_dst') };
const urlOf = databaseUrl;
const admin = adminQuery;

function byline(args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BYLINE_DATA_DIR: root, DATABASE_URL: databaseUrl, BYLINE_LOG_LEVEL: 'warn' }, cwd: root, encoding: 'utf8', timeout: 90_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function tablesOf(databaseUrl: string) {
  const db = await openDatabase({ dialect: 'postgres', connectionString: databaseUrl });
  try {
    return await dumpTables(db);
  } finally {
    await db.destroy();
  }
}

beforeAll(async () => {
  await admin(`create database ${names.source}`);
  await admin(`create database ${names.target}`);
  const context = await createAppContext(loadConfig({ env: { DATABASE_URL: urlOf(names.source), BYLINE_DATA_DIR: root }, cwd: root }));
  await loadDemo(context);
  await context.close();
}, 120_000);

afterAll(async () => {
  await admin(`drop database if exists ${names.source} with (force)`);
  await admin(`drop database if exists ${names.target} with (force)`);
  rmSync(root, { recursive: true, force: true });
});

describe('byline backup and restore (PostgreSQL)', () => {
  it('round-trips a populated site into another database with every table equal, and refuses to overwrite it without --force', async () => {
    const file = path.join(root, 'site.dump');
    const backup = byline(['backup', file], urlOf(names.source));
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const restore = byline(['restore', file], urlOf(names.target));
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    const [before, after] = await Promise.all([tablesOf(urlOf(names.source)), tablesOf(urlOf(names.target))]);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before.articles!.length).toBeGreaterThan(10);
    expect(after).toEqual(before);

    const again = byline(['restore', file], urlOf(names.target));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(byline(['restore', file, '--force'], urlOf(names.target)).code).toBe(0);
    expect(await tablesOf(urlOf(names.target))).toEqual(before);
  }, 120_000);
});
