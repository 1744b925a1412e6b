// A site on a SQLite file of its own for tests of the `byline` command as an operator runs it:
// the real process (bin/byline.js → dist/), and the database file opened directly, as another
// process would, to set up a case or check its effect.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';

export const bin = path.resolve('bin/byline.js');

export function cliSite(name: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `byline-${name}-`));
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'warn' };
  const byline = (args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args], { env, cwd: dataDir, encoding: 'utf8', timeout: 120_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  return {
    dataDir,
    env,
    byline,
    /** `byline demo`, which must succeed silently. */
    loadDemo() {
      const demo = byline(['demo']);
      if (demo.code !== 0 || demo.stderr !== '') throw new Error(`byline demo failed (${demo.code}): ${demo.stderr}`);
    },
    onDatabase<T>(work: (db: SQLite.Database) => T): T {
      const db = new SQLite(path.join(dataDir, 'byline.db'));
      try {
        return work(db);
      } finally {
        db.close();
      }
    },
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
