// A journalist in a real browser: signs in, uploads a picture, writes an article with a live
// preview and autosave, previews it privately, schedules it a minute ahead, sees it go live when
// the (controllable) clock passes that minute, then restores an earlier revision.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config/config.ts';
import { launchChromium } from '../helpers/browser.ts';
import { createStaff } from '../helpers/newsroom.ts';

describe('a journalist in Chromium', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-newsroom-'));
  const clock = fixedClock(new Date('2026-11-28T10:00:00Z'));
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  let account: { email: string; password: string };
  let articleEditUrl: string;
  let publicPath: string;

  beforeAll(async () => {
    const config = loadConfig({ env: { BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
    app = await buildApp(config, { clock, logger: false });
    await app.byline.services.taxonomy.createSection({ name: 'Business', slug: 'business' });
    account = await createStaff(app, 'author');
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    writeFileSync(path.join(dataDir, 'cranes.png'), await sharp({ create: { width: 1400, height: 800, channels: 3, background: '#2f5d8a' } }).png().toBuffer());
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs in', async () => {
    await page.goto(`${url}/admin`);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Articles');
  });

  it('uploads a picture with its alt text', async () => {
    await page.goto(`${url}/admin/media`);
    await page.setInputFiles('#file', path.join(dataDir, 'cranes.png'));
    await page.getByLabel('Alt text').fill('Container cranes against a blue sky');
    await page.getByLabel('Caption').fill('The harbour at Rotterdam');
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Uploaded.');
  });

  it('writes an article with a live preview and autosave, using the uploaded picture', async () => {
    const address = await page.locator('#address').inputValue();
    await page.goto(`${url}/admin/articles/new`);
    await page.getByLabel('Headline').fill('Harbour cranes fall silent');
    await page.getByLabel('Section').selectOption({ label: 'Business' });
    await page.getByLabel('Body').fill('First paragraph about the docks.\n\n## What happened\n\nSecond paragraph.\n\nThird paragraph.');
    await expect.poll(() => page.locator('#live-preview h2').textContent()).toBe('What happened');
    await page.getByLabel('Image address').fill(address);
    // A library image chosen as the featured image brings its alt text along.
    await page.getByLabel('Image address').press('Tab');
    await expect.poll(() => page.locator('input[name="imageAlt"]').inputValue()).toBe('Container cranes against a blue sky');
    await expect.poll(() => page.locator('#autosave-status').textContent(), { timeout: 15_000 }).toMatch(/^Saved at/);
    articleEditUrl = new URL(page.url()).pathname;
    expect(articleEditUrl).toMatch(/^\/admin\/articles\/\d+\/edit$/);
  });

  it('shows a private full-page preview exactly as readers will see it', async () => {
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('link', { name: 'Full preview' }).click();
    await expect.poll(() => page.locator('h1.headline').textContent()).toBe('Harbour cranes fall silent');
    expect(await page.locator('.featured-image img').getAttribute('alt')).toBe('Container cranes against a blue sky');
    await page.goBack();
  });

  it('schedules the article a minute ahead and it goes live when the time comes', async () => {
    await page.goto(url + articleEditUrl);
    await page.getByLabel(/Publish at/).fill('2026-11-28T10:01');
    await page.getByRole('button', { name: 'Schedule' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/^Scheduled for 2026-11-28 10:01/);
    await page.goto(`${url}/business`);
    expect(await page.locator('.story-headline').count()).toBe(0);

    clock.advance(90_000);
    await app.byline.services.desk.publishDue(); // what the server's job does every 20 seconds
    // A reader arriving now (public pages may be cached for a minute by a browser that saw them).
    const reader = await browser.newPage();
    await reader.goto(`${url}/business`);
    await reader.getByRole('link', { name: 'Harbour cranes fall silent' }).click();
    await expect.poll(() => reader.locator('h1').textContent()).toBe('Harbour cranes fall silent');
    publicPath = new URL(reader.url()).pathname;
    await reader.close();
  });

  it('restores an earlier revision, and readers see it', async () => {
    await page.goto(url + articleEditUrl);
    await page.getByLabel('Body').fill('A rewritten first paragraph.\n\nAnother.\n\nAnd another.');
    // A published story's change is a correction, an update or a silent fix (the copy desk's rule).
    await page.getByLabel(/^Update/).check();
    await page.getByLabel('Note for readers').fill('The story was rewritten with the latest from the docks.');
    await page.getByRole('button', { name: 'Update' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Updated on the site.');
    await page.getByRole('link', { name: 'Revisions' }).click();
    const oldest = page.locator('.desk tbody tr').last();
    await oldest.getByRole('link', { name: 'Compare with current' }).click();
    expect(await page.locator('pre.diff del').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /Restore version/ }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('The earlier version was restored as a new revision.');
    const reader = await browser.newPage();
    await reader.goto(url + publicPath);
    await expect.poll(() => reader.locator('.article-body p').first().textContent()).toBe('First paragraph about the docks.');
    await reader.close();
  });
});
