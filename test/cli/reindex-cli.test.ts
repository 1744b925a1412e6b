// `byline reindex` as an operator runs it: a real process on the demo's SQLite file. It rebuilds
// a search index that was emptied or holds stale entries, prints a summary when its output is
// not a terminal, and a progress bar on stderr when it is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, cliSite } from '../helpers/cli-site.ts';

const { dataDir, env, byline, loadDemo, onDatabase, remove } = cliSite('reindex-cli');

const published = () => onDatabase((db) => (db.prepare(`select count(*) as n from articles where status = 'published'`).get() as { n: number }).n);
const indexed = () => onDatabase((db) => (db.prepare('select count(*) as n from article_search').get() as { n: number }).n);
const matches = (word: string) => onDatabase((db) => (db.prepare('select count(*) as n from article_search where article_search match ?').get(`"${word}"`) as { n: number }).n);

beforeAll(loadDemo, 120_000);
afterAll(remove);

describe('byline reindex', () => {
  it('finds the demo already indexed as it was loaded', () => {
    expect(published()).toBeGreaterThan(10);
    expect(indexed()).toBe(published());
  });

  it('rebuilds an emptied index and prints a summary, with no progress bar when stderr is not a terminal', () => {
    onDatabase((db) => db.exec('delete from article_search'));
    expect(indexed()).toBe(0);
    const { code, stdout, stderr } = byline(['reindex']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Reindexed ${published()} published articles in \\d+\\.\\d s\\.\\nRecomputed related articles for ${published()} articles\\.\\n$`));
    expect(indexed()).toBe(published());
    expect(matches('the')).toBeGreaterThan(0);
  });

  it('then indexes only what changed since, and what the index is missing; --full does everything again', () => {
    onDatabase((db) => {
      db.prepare(`update articles set headline = 'Zanzibarquist returns', modified_at = '2999-01-01T00:00:00.000Z' where id = (select max(id) from articles where status = 'published')`).run();
      db.prepare('delete from article_search where rowid = (select min(id) from articles where status = ?)').run('published');
    });
    const changed = byline(['reindex']);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(/^Reindexed 2 articles changed since the last reindex in \d+\.\d s\./);
    expect(matches('zanzibarquist')).toBe(1);
    expect(indexed()).toBe(published());
    expect(byline(['reindex']).stdout).toMatch(/^Reindexed 0 articles changed since the last reindex/);
    expect(byline(['reindex', '--full']).stdout).toMatch(new RegExp(`^Reindexed ${published()} published articles in`));
  }, 180_000);

  it('removes entries of articles that are no longer published', () => {
    onDatabase((db) => {
      db.prepare('insert into article_search (rowid, headline, standfirst, body) values (?, ?, ?, ?)').run(999_999, 'Ghost article', '', 'quuxlephant');
      db.prepare(`update articles set status = 'draft' where id = (select min(id) from articles)`).run();
    });
    const { code, stdout } = byline(['reindex']);
    expect(code).toBe(0);
    expect(stdout).toContain('removed 2 stale entries');
    expect(matches('quuxlephant')).toBe(0);
    expect(indexed()).toBe(published());
  });

  it('explains itself with --help', () => {
    const { code, stdout } = byline(['reindex', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: byline reindex');
    expect(byline(['--help']).stdout).toMatch(/reindex\s+Rebuild the search index/);
  });

  // Needs util-linux's `script` for a pseudo-terminal; Debian (and CI) always has it.
  it.skipIf(!existsSync('/usr/bin/script'))('draws a progress bar on stderr when it is a terminal', () => {
    // util-linux `script` gives the command a pseudo-terminal; its output is what the terminal showed.
    const command = [process.execPath, bin, 'reindex', '--full'].map((part) => `'${part}'`).join(' ');
    const result = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { env: { ...env, TERM: 'xterm' }, cwd: dataDir, encoding: 'utf8', timeout: 120_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Reindexing |');
    expect(result.stdout).toContain(`${published()}/${published()} articles`);
    expect(result.stdout).toMatch(/Reindexed \d+ published articles/);
  });
});
