// The copy desk panel in Chromium: findings appear as the writer types, "Show" selects the
// words in the body, a one-click fix mends them; publishing over an error needs an editor's
// reason; editing the published story, the panel says a changed number cannot be a silent fix,
// and the correction reaches the reader's page. No script error and no CSP violation on the way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config/config.ts';
import { launchChromium } from '../helpers/browser.ts';
import { createStaff } from '../helpers/newsroom.ts';

describe('the copy desk panel in Chromium', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-copydesk-'));
  const clock = fixedClock(new Date('2026-11-28T10:00:00Z'));
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const findings = () => page.locator('#copydesk-findings .finding');
  let account: { email: string; password: string };

  beforeAll(async () => {
    const config = loadConfig({ env: { BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
    app = await buildApp(config, { clock, logger: false });
    await app.byline.services.taxonomy.createSection({ name: 'City', slug: 'city' });
    account = await createStaff(app, 'editor');
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => problems.push(error.message));
    // Refused pages (422) and the missing favicon are expected; a CSP refusal is not.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs in as an editor', async () => {
    await page.goto(`${url}/admin/login`);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Articles');
  });

  it('finds a glued word as the writer types and mends it in one click', async () => {
    await page.goto(`${url}/admin/articles/new`);
    await page.getByLabel('Headline').fill('Council approves bus lanes');
    await page.getByLabel('Section').selectOption({ label: 'City' });
    await page.getByLabel('Body').fill('The council met on Tuesday 24 November and flew to Beijingthe next day.\n\nThe vote passed by 31 to 24.');
    await expect.poll(() => page.locator('#copydesk-findings mark').allTextContents(), { timeout: 15_000 }).toEqual(['Beijingthe']);
    await findings().first().getByRole('button', { name: 'Show' }).click();
    expect(await page.evaluate(() => { const body = document.getElementById('bodyMarkdown') as HTMLTextAreaElement; return [document.activeElement?.id, body.value.slice(body.selectionStart, body.selectionEnd)]; })).toEqual(['bodyMarkdown', 'Beijingthe']);
    await findings().first().getByRole('button', { name: 'Make it “Beijing the”' }).click();
    expect(await page.getByLabel('Body').inputValue()).toContain('flew to Beijing the next day');
    await expect.poll(() => findings().count(), { timeout: 15_000 }).toBe(0);
    expect(await page.locator('#copydesk-summary').textContent()).toBe('The copy desk found nothing to check.');
  });

  it('refuses to publish over an error until an editor gives a reason', async () => {
    await page.getByLabel('Body').fill('The council met on Sunday 24 November.\n\nThe vote passed by 31 to 24.');
    await expect.poll(() => page.locator('#copydesk-findings mark').allTextContents(), { timeout: 15_000 }).toEqual(['Sunday']);
    expect(await page.locator('#copydesk-override').isVisible()).toBe(true);
    // Autosave has made the draft (editor.js), so publishing updates it rather than racing it.
    await expect.poll(() => page.locator('#autosave-status').textContent(), { timeout: 15_000 }).toMatch(/^Saved at/);
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => page.locator('#copydesk-error').textContent()).toContain('one error');
    expect(await page.getByLabel('Body').inputValue()).toBe('The council met on Sunday 24 November.\n\nThe vote passed by 31 to 24.');
    await page.getByLabel('Publish despite errors: your reason').fill('The meeting was moved; the council confirmed Sunday.');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => page.locator('.notice').first().textContent()).toBe('Published. It is on the site now.');
    expect(await page.locator('.copydesk-overrides summary').textContent()).toContain('(1)');
  });

  it('says a changed number is not a silent fix, and the correction reaches readers', async () => {
    await page.getByLabel('Body').fill('The council met on Sunday 24 November.\n\nThe vote passed by 32 to 23.');
    await expect.poll(() => page.locator('#change-verdict').textContent(), { timeout: 15_000 }).toContain('a number');
    expect(await page.locator('#changeKind-silent').isDisabled()).toBe(true);
    await page.getByLabel(/^Correction/).check();
    await page.getByLabel('Note for readers').fill('An earlier version gave the vote as 31 to 24.');
    await page.getByLabel('Publish despite errors: your reason').fill('The meeting was moved; the council confirmed Sunday.');
    await page.getByRole('button', { name: 'Update' }).click();
    await expect.poll(() => page.locator('.notice').first().textContent()).toBe('Updated on the site.');
    const reader = await browser.newPage();
    await reader.goto(url + (await page.getByRole('link', { name: 'View on site' }).getAttribute('href')));
    await expect.poll(() => reader.locator('.correction-notice').textContent()).toContain('An earlier version gave the vote as 31 to 24.');
    await reader.getByRole('link', { name: 'See what changed' }).click();
    await expect.poll(() => reader.locator('.diff ins').allTextContents()).toEqual(['32', '23']);
    await reader.close();
    expect(problems).toEqual([]);
  });
});
