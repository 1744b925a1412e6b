// `byline resanitize` as an operator runs it: a real process on the demo's SQLite file. Bodies
// stored under older sanitizer rules (here: marked so, with HTML those rules let through) are
// rendered again from their Markdown; bodies made under today's rules are left alone unless --all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANITIZER_RULES_VERSION } from '../../src/content/markdown/sanitize-body.ts';
import { cliSite } from '../helpers/cli-site.ts';

const { byline, loadDemo, onDatabase, remove } = cliSite('resanitize-cli');
const bodies = () => onDatabase((db) => (db.prepare('select (select count(*) from articles) + (select count(*) from pages) as n').get() as { n: number }).n);

beforeAll(loadDemo, 120_000);
afterAll(remove);

describe('byline resanitize', () => {
  it('renders again the bodies stored under older rules, and only those', () => {
    const stale = onDatabase((db) => {
      const ids = (db.prepare('select id from articles order by id limit 3').all() as { id: number }[]).map((row) => row.id);
      const mark = db.prepare(`update articles set body_html = '<p>Old rules</p><img src=x onerror=alert(1)>', body_html_rules = ? where id = ?`);
      for (const id of ids) mark.run(SANITIZER_RULES_VERSION - 1, id);
      return ids;
    });
    const { code, stdout, stderr } = byline(['resanitize']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('Rendered 3 stored bodies again under the current sanitizer rules; 3 changed.\nA site running on this database keeps its cached copies of the changed pages until it restarts.\n');
    const rows = onDatabase((db) => db.prepare(`select body_html, body_html_rules from articles where id in (${stale.join(',')})`).all() as { body_html: string; body_html_rules: number }[]);
    for (const row of rows) {
      expect(row.body_html_rules).toBe(SANITIZER_RULES_VERSION);
      expect(row.body_html).not.toMatch(/Old rules|onerror/);
      expect(row.body_html).toMatch(/^<(p|h2|figure|blockquote)/);
    }
    expect(byline(['resanitize']).stdout).toBe('Rendered 0 stored bodies again under the current sanitizer rules; 0 changed.\n');
  });

  it('renders every body again with --all, changing none that is current', () => {
    const { code, stdout } = byline(['resanitize', '--all']);
    expect(code).toBe(0);
    expect(stdout).toBe(`Rendered ${bodies()} stored bodies again under the current sanitizer rules; 0 changed.\n`);
  });

  it('says what it does with --help', () => {
    expect(byline(['resanitize', '--help']).stdout).toContain('Usage: byline resanitize [--all]');
  });
});
