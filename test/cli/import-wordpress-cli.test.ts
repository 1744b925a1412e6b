// `byline import wordpress export.xml` as an operator runs it: a real process on a real SQLite
// file. Exit 0 and "Nothing was lost" for a clean export; exit 1 naming the loss for an export with
// an unknown shortcode; exit 1 naming the line for a malformed file, with nothing written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWxr, wxr } from '../helpers/wxr.ts';

const bin = path.resolve('bin/byline.js');
const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-import-cli-'));
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BYLINE_DATA_DIR: dataDir, BYLINE_BASE_URL: 'https://news.example.test', BYLINE_LOG_LEVEL: 'warn' };

function byline(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { env, cwd: dataDir, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const articles = () => {
  const db = new Database(path.join(dataDir, 'byline.db'), { readonly: true });
  try {
    return (db.prepare('select count(*) as n from articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('byline import wordpress', () => {
  it('imports a clean export, prints the report, writes it as JSON and exits 0', () => {
    const file = writeWxr(dataDir, 'clean.xml', wxr({ items: [{ id: 1, title: 'Clean story', content: 'All here.' }] }));
    const report = path.join(dataDir, 'clean-report.json');
    const { code, stdout, stderr } = byline(['import', 'wordpress', file, '--report', report]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/posts\s+1\s+1\s+0\s+0\s+0/);
    expect(stdout).toContain('Nothing was lost.');
    expect(JSON.parse(readFileSync(report, 'utf8')).counts.posts.created).toBe(1);
  }, 120_000);

  it('exits 1 and names what was lost when a shortcode is unknown', () => {
    const file = writeWxr(dataDir, 'lossy.xml', wxr({ site: 'https://lossy.example.org', items: [{ id: 2, title: 'Lossy story', content: '[poll id="7"]Which bridge?[/poll]' }] }));
    const { code, stdout } = byline(['import', 'wordpress', file]);
    expect(code).toBe(1);
    expect(stdout).toContain('[poll]');
  }, 120_000);

  it('exits 1 naming the line of a malformed file, and writes nothing', () => {
    const before = articles();
    const file = writeWxr(dataDir, 'broken.xml', wxr({ site: 'https://broken.example.org', items: [{ id: 3, title: 'Broken', content: 'x' }] }).replace('<wp:post_id>3</wp:post_id>', '<wp:post_id>3</wp:post_idd>'));
    const { code, stderr } = byline(['import', 'wordpress', file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/line \d+, column \d+/);
    expect(articles()).toBe(before);
    expect(existsSync(path.join(dataDir, 'imports'))).toBe(true);
  }, 120_000);

  it('says what it needs without a file', () => {
    const { code, stderr } = byline(['import', 'wordpress']);
    expect(code).toBe(2);
    expect(stderr).toContain('--file');
  }, 60_000);
});
