// Configuration: zero-setup defaults, environment over file, and errors that name the setting.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDatabase, loadConfig } from './config.ts';

const cwd = () => mkdtempSync(path.join(tmpdir(), 'byline-config-'));

describe('loadConfig', () => {
  it('needs no settings: port 3000 and a SQLite file under ./data', () => {
    const dir = cwd();
    const config = loadConfig({ env: {}, cwd: dir });
    expect(config.port).toBe(3000);
    expect(config.baseUrl).toBe('http://localhost:3000');
    expect(config.database).toEqual({ dialect: 'sqlite', file: path.join(dir, 'data', 'byline.db') });
    expect(config.demo).toBe(true);
  });

  it('reads a postgres URL and hides its password when described', () => {
    const config = loadConfig({ env: { DATABASE_URL: 'postgres://news:s3cret@db.internal:5432/byline' }, cwd: cwd() });
    expect(config.database).toEqual({ dialect: 'postgres', connectionString: 'postgres://news:s3cret@db.internal:5432/byline' });
    expect(describeDatabase(config.database)).not.toContain('s3cret');
  });

  it('accepts sqlite: URLs and relative paths', () => {
    const dir = cwd();
    expect(loadConfig({ env: { DATABASE_URL: 'sqlite:db/site.db' }, cwd: dir }).database).toEqual({ dialect: 'sqlite', file: path.join(dir, 'db', 'site.db') });
  });

  it('lets the environment override byline.config.json', () => {
    const dir = cwd();
    writeFileSync(path.join(dir, 'byline.config.json'), JSON.stringify({ port: 4000, baseUrl: 'https://news.example.com', demo: false }));
    const config = loadConfig({ env: { PORT: '5000' }, cwd: dir });
    expect(config.port).toBe(5000);
    expect(config.baseUrl).toBe('https://news.example.com');
    expect(config.demo).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ BYLINE_BASE_URL: 'news.example.com' }, 'BYLINE_BASE_URL'],
    [{ BYLINE_DEMO: 'maybe' }, 'BYLINE_DEMO'],
    [{ DATABASE_URL: 'mysql://localhost/news' }, 'DATABASE_URL'],
    [{ BYLINE_LOG_LEVEL: 'loud' }, 'BYLINE_LOG_LEVEL'],
    [{ BYLINE_TRUST_PROXY: 'true' }, 'BYLINE_TRUST_PROXY'],
    [{ BYLINE_TRUST_PROXY: '10.0.0.0/33' }, 'BYLINE_TRUST_PROXY'],
    [{ BYLINE_TRUST_PROXY: 'proxy.internal' }, 'BYLINE_TRUST_PROXY'],
    [{ BYLINE_SEARCH_RATE_LIMIT: 'lots' }, 'BYLINE_SEARCH_RATE_LIMIT'],
    [{ BYLINE_SEARCH_RATE_LIMIT: '-1' }, 'BYLINE_SEARCH_RATE_LIMIT'],
    [{ BYLINE_SEARCH_RATE_LIMIT: '2.5' }, 'BYLINE_SEARCH_RATE_LIMIT'],
  ])('stops on %o with a message naming %s and what it expected', (env, name) => {
    expect(() => loadConfig({ env, cwd: cwd() })).toThrowError(expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringMatching(new RegExp(`${name} is .*; expected `)) }));
  });

  it('names an unknown setting and a broken file', () => {
    const dir = cwd();
    writeFileSync(path.join(dir, 'byline.config.json'), JSON.stringify({ prot: 80 }));
    expect(() => loadConfig({ env: {}, cwd: dir })).toThrowError(/unknown setting "prot"/);
    writeFileSync(path.join(dir, 'byline.config.json'), '{ port: 80 ');
    expect(() => loadConfig({ env: {}, cwd: dir })).toThrowError(/is not valid JSON/);
  });

  it('reports every bad setting at once', () => {
    expect(() => loadConfig({ env: { PORT: 'x', BYLINE_PAGE_SIZE: '0' }, cwd: cwd() })).toThrowError(/PORT[\s\S]*BYLINE_PAGE_SIZE/);
  });

  it('trusts no proxy unless told, and reads a list of proxy addresses and ranges', () => {
    expect(loadConfig({ env: {}, cwd: cwd() }).trustProxy).toBe(false);
    expect(loadConfig({ env: { BYLINE_TRUST_PROXY: 'off' }, cwd: cwd() }).trustProxy).toBe(false);
    expect(loadConfig({ env: { BYLINE_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,loopback' }, cwd: cwd() }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'loopback']);
    const dir = cwd();
    writeFileSync(path.join(dir, 'byline.config.json'), JSON.stringify({ trustProxy: ['192.0.2.10', 'fd00::/8'] }));
    expect(loadConfig({ env: {}, cwd: dir }).trustProxy).toEqual(['192.0.2.10', 'fd00::/8']);
  });

  it('limits each client to 60 searches a minute unless told otherwise, and 0 turns the limit off', () => {
    expect(loadConfig({ env: {}, cwd: cwd() }).searchRateLimit).toBe(60);
    expect(loadConfig({ env: { BYLINE_SEARCH_RATE_LIMIT: '0' }, cwd: cwd() }).searchRateLimit).toBe(0);
    const dir = cwd();
    writeFileSync(path.join(dir, 'byline.config.json'), JSON.stringify({ searchRateLimit: 120 }));
    expect(loadConfig({ env: {}, cwd: dir }).searchRateLimit).toBe(120);
  });
});
