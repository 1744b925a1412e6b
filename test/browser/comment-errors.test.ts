// Issue 13: a refused comment brings the reader back to the form, not the top of the article:
// the form's fragment lands on an error summary (the GOV.UK pattern) that takes focus and links
// to each field, with the text intact, without JavaScript. A first held comment takes the place
// of "Be the first to comment". axe-core checks the refused page.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config/config.ts';
import { launchChromium } from '../helpers/browser.ts';
import { factories } from '../helpers/factories.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('a refused comment in Chromium', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-comment-errors-'));
  const clock = fixedClock(new Date('2026-11-28T10:00:00Z'));
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let articleUrl: string;

  beforeAll(async () => {
    const config = loadConfig({ env: { BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
    app = await buildApp(config, { clock, logger: false });
    const story = await factories(app).article({ headline: 'Ferry timetable changes', bodyMarkdown: Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of a long story.`).join('\n\n') });
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    articleUrl = url + story.path;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function postBadEmail(page: Page) {
    await page.goto(articleUrl);
    await page.getByLabel('Comment *').fill('A long and careful comment that must not be lost.');
    await page.getByLabel('Name *').fill('Mara Reader');
    await page.getByLabel('Email *').fill('mara-at-example');
    clock.advance(20_000); // a person takes a while; the form token is timed
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await page.waitForURL(/\/comments#comment-errors$/);
  }

  it('lands at the error summary, focused, linking to the field, with the text intact, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 700 } });
    const page = await context.newPage();
    await postBadEmail(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment-errors');
    const summary = page.locator('#comment-errors');
    // In sight (the browser scrolls to the fragment as the page settles).
    await expect.poll(() => summary.evaluate((element) => { const box = element.getBoundingClientRect(); return box.top >= 0 && box.top < innerHeight; })).toBe(true);
    expect(await page.locator('#comment-body').inputValue()).toBe('A long and careful comment that must not be lost.');
    await summary.getByRole('link', { name: 'That does not look like an email address.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment-email');
    await context.close();
  });

  it('has no axe-core violations on the refused form, and a first held comment replaces "Be the first to comment"', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await postBadEmail(page);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run());
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.getByLabel('Email *').fill('mara@example.net');
    clock.advance(20_000);
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await expect.poll(() => page.locator('.awaiting-moderation').textContent()).toBe('Your comment is awaiting moderation.');
    expect(await page.getByText('Be the first to comment.').isVisible()).toBe(false);
    await context.close();
  });
});
