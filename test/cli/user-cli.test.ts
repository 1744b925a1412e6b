// `byline user create` and `byline user reset-password` as an operator runs them: a real
// process on a real SQLite file, printing a one-time link that then works in the newsroom.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { browserFor } from '../helpers/newsroom.ts';

const bin = path.resolve('bin/byline.js');
const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-user-cli-'));
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BYLINE_DATA_DIR: dataDir, BYLINE_BASE_URL: 'https://news.example.test', BYLINE_LOG_LEVEL: 'warn' };
const linkPattern = /https:\/\/news\.example\.test\/admin\/password\?token=[\w-]{20,}/g;

function byline(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { env, cwd: dataDir, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('byline user', () => {
  const links: Record<string, string> = {};

  it('creates a user and prints their one-time link to choose a password', () => {
    const { code, stdout, stderr } = byline(['user', 'create', '--email', 'Editor@Example.com', '--name', 'Ed Itor', '--role', 'editor']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Created editor editor@example.com');
    const found = stdout.match(linkPattern);
    expect(found).toHaveLength(1);
    links.create = found![0];
  });

  it('refuses a second user with the same email, or an unknown role, with exit code 1', () => {
    const again = byline(['user', 'create', '--email', 'editor@example.com', '--role', 'author']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    const role = byline(['user', 'create', '--email', 'chief@example.com', '--role', 'chief']);
    expect(role.code).toBe(1);
    expect(role.stderr).toContain('"chief" is not a role');
    expect(role.stderr).not.toMatch(/\n\s+at /);
  });

  it('says which options are missing, with exit code 2 and the usage', () => {
    const { code, stderr } = byline(['user', 'create', '--email', 'x@example.com']);
    expect(code).toBe(2);
    expect(stderr).toContain('--role is required');
    expect(stderr).toContain('Usage: byline user create');
    const bare = byline(['user']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('byline user create or byline user reset-password');
  });

  it('explains itself with --help and is listed in byline --help', () => {
    const help = byline(['user', 'reset-password', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: byline user reset-password --email');
    expect(byline(['--help']).stdout).toMatch(/user create\s+Create a newsroom user/);
  });

  it('prints a reset link for a known email, and exits 1 with a clear message for an unknown one', () => {
    const reset = byline(['user', 'reset-password', '--email', 'editor@example.com']);
    expect(reset.code).toBe(0);
    links.reset = reset.stdout.match(linkPattern)![0];
    const unknown = byline(['user', 'reset-password', '--email', 'nobody@example.com']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim()).toBe('byline user reset-password: No user has the email nobody@example.com.');
  });

  it('prints links that work in the newsroom on the same database', async () => {
    const app = await buildApp(loadConfig({ env: { ...env, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir }), { logger: false });
    try {
      const browser = browserFor(app);
      const relative = (link: string) => link.replace('https://news.example.test', '');
      expect((await browser.get(relative(links.create!))).statusCode).toBe(200);
      const token = new URL(links.reset!).searchParams.get('token')!;
      // Choosing the password signs the person in and takes them into the newsroom.
      expect((await browser.post('/admin/password', { token, password: 'set from the command line' })).statusCode).toBe(303);
      expect((await browser.get('/admin/sections')).statusCode).toBe(200);
      const signedIn = await browser.post('/admin/login', { email: 'editor@example.com', password: 'set from the command line' });
      expect(signedIn.statusCode).toBe(303);
      expect((await browser.get('/admin/sections')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
