// Issue 13: a refused save changes nothing. A writer schedules a draft for a time already past,
// is told so, fixes the time and schedules again: that must work, not come back as a conflict
// with the writer's own autosave ("someone else changed this article… Changed: unknown fields").
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

describe('a refused save in Chromium', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-refused-'));
  const clock = fixedClock(new Date('2026-11-28T10:00:00Z'));
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  let articleId: number;

  beforeAll(async () => {
    const config = loadConfig({ env: { BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
    app = await buildApp(config, { clock, logger: false });
    const section = await app.byline.services.taxonomy.createSection({ name: 'Business', slug: 'business' });
    const account = await createStaff(app, 'editor');
    articleId = (await app.byline.services.articles.createArticle({ headline: 'Harbour cranes fall silent', sectionId: section.id, authorIds: [account.personId!], bodyMarkdown: 'One.\n\nTwo.\n\nThree.' }, { userId: account.userId })).id;
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${url}/admin/login`);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/admin\/articles/);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('schedules after a refused past time without a conflict with oneself, and the refusal wrote no revision', async () => {
    await page.goto(`${url}/admin/articles/${articleId}/edit`);
    const versionBefore = (await app.byline.services.articles.getArticle(articleId)).version;
    await page.getByLabel('Body').fill('One, edited.\n\nTwo.\n\nThree.');
    await page.getByLabel(/Publish at/).fill('2026-11-28T09:00');
    await page.getByRole('button', { name: 'Schedule' }).click();
    await expect.poll(() => page.locator('#publishAt-error').textContent()).toBe('Choose a time in the future, or publish now.');
    const afterRefusal = await app.byline.services.articles.getArticle(articleId);
    expect(afterRefusal.version).toBe(versionBefore);
    expect((await app.byline.services.articles.listRevisions(articleId)).length).toBe(versionBefore);

    await page.getByLabel(/Publish at/).fill('2026-11-28T11:00');
    await page.getByRole('button', { name: 'Schedule' }).click();
    await expect.poll(() => page.locator('.notice').first().textContent()).toMatch(/^Scheduled for 2026-11-28 11:00/);
    expect(await page.getByText('Not saved: someone else changed this article.').count()).toBe(0);
    expect((await app.byline.services.articles.getArticle(articleId)).bodyMarkdown).toBe('One, edited.\n\nTwo.\n\nThree.');
  });
});
