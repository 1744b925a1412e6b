// Issue 13: an administrator invites a colleague, copies the one-time link with its button, and
// the colleague who opens it chooses a password and is signed in, without typing it again.
// axe-core checks the link page.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { launchChromium } from '../helpers/browser.ts';
import { createStaff } from '../helpers/newsroom.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('an invitation in Chromium', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-invite-'));
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    app = await buildApp(loadConfig({ env: { BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir }), { logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies the link with its button, and the invited colleague is signed in once they choose a password', async () => {
    const account = await createStaff(app, 'administrator');
    const context = await browser.newContext({ bypassCSP: true, permissions: ['clipboard-read', 'clipboard-write'] });
    const admin = await context.newPage();
    await admin.goto(`${url}/admin/login`);
    await admin.getByLabel('Email').fill(account.email);
    await admin.getByLabel('Password').fill(account.password);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.waitForURL(/\/admin\/articles/);
    await admin.goto(`${url}/admin/users/new`);
    await admin.getByLabel('Email').fill('june@example.com');
    await admin.getByLabel('Name').fill('June Okoro');
    await admin.getByRole('button', { name: 'Create user and make a password link' }).click();
    await admin.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => admin.locator('#password-link-copied').textContent()).toBe('Copied.');
    const link = await admin.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await admin.locator('#password-link').inputValue());
    await admin.addScriptTag({ content: axeSource });
    const result = await admin.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run());
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();

    const invited = await browser.newPage();
    await invited.goto(link.replace(/^https?:\/\/[^/]+/, url));
    await invited.getByLabel('New password').fill('june picks a long passphrase');
    await invited.getByRole('button', { name: 'Save password' }).click();
    await invited.waitForURL(/\/admin\/articles$/);
    expect(await invited.locator('h1').textContent()).toBe('Articles');
    await invited.close();
  });
});
