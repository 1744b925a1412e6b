// An editor in Chromium sets an article's story (series) in the editor: the field keeps it, the
// story's other article becomes the first related one with full confidence, the Related panel
// says why each suggestion was made, and a third article of the story is told which story it
// looks like part of; a pin made in the panel says which shared terms it taught the engine to
// count for more, and unpinning forgets them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { Article } from '../../src/content/content.ts';
import { launchChromium } from '../helpers/browser.ts';
import { createStaff } from '../helpers/newsroom.ts';

describe('the story field and the Related panel in Chromium', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-related-story-'));
  const clock = fixedClock(new Date('2026-11-28T10:00:00Z'));
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  let account: { email: string; password: string };
  let talks: Article;
  let signed: Article;
  let market: Article;

  beforeAll(async () => {
    const config = loadConfig({ env: { BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
    app = await buildApp(config, { clock, logger: false });
    const { taxonomy, people, articles } = app.byline.services;
    const world = await taxonomy.createSection({ name: 'World', slug: 'world' });
    const writer = await people.createPerson({ name: 'Amara Osei', slug: 'amara-osei', roleTitle: '', location: '', bio: '', email: 'amara@example.com' });
    const publish = (headline: string, slug: string, bodyMarkdown: string, tags: string[], daysAgo: number) =>
      articles.createArticle({ headline, slug, sectionId: world.id, authorIds: [writer.id], bodyMarkdown, tags, status: 'published', publishedAt: new Date(clock.now().getTime() - daysAgo * 86_400_000) });
    talks = await publish('Basin states open talks on the Lessar river', 'lessar-talks', 'Negotiators from four basin states met in Geneva to share the Lessar river.\n\nDam releases and irrigation quotas divide them.', ['Water'], 30);
    signed = await publish('Four capitals sign a deal at dawn', 'dawn-deal', 'After a night in Geneva the four governments signed.\n\nOfficials called it a historic day for the region.', ['Diplomacy'], 10);
    market = await publish('Lessar farmers count the cost of dry years', 'lessar-farmers', 'Farmers on the Lessar river say irrigation quotas and dam releases decide their harvest.\n\nThe basin states are still talking.', ['Water'], 5);
    account = await createStaff(app, 'editor');
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}/admin`);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('h1:text("Articles")');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const panelLinks = () => page.locator('.related-panel ol li > a').allTextContents();

  it('explains each suggestion with its confidence and what it shares', async () => {
    await page.goto(`${url}/admin/articles/${talks.id}/edit`);
    expect(await panelLinks()).toEqual([market.headline]);
    const why = await page.locator('.related-panel .related-why').first().textContent();
    expect(why).toMatch(/Confidence \d+%; shares .*lessar/);
  });

  it('sets the story in the editor, and the story decides the first related article', async () => {
    for (const article of [talks, signed]) {
      await page.goto(`${url}/admin/articles/${article.id}/edit`);
      await page.getByLabel('Story (series)').fill('Lessar water treaty');
      await page.getByRole('button', { name: 'Update' }).click();
      await expect.poll(() => page.locator('.notice').count()).toBeGreaterThan(0);
      expect(await page.getByLabel('Story (series)').inputValue()).toBe('Lessar water treaty');
    }
    expect((await panelLinks())[0]).toBe(talks.headline);
    expect(await page.locator('.related-panel .related-why').first().textContent()).toContain('Confidence 100%; same story');
  });

  it('tells the editor of a third article which story it looks like part of', async () => {
    await page.goto(`${url}/admin/articles/${market.id}/edit`);
    expect(await page.locator('.story-suggestion').textContent()).toContain('Lessar water treaty');
    expect(await page.locator('#story-suggestions option').getAttribute('value')).toBe('Lessar water treaty');
  });

  it('pins a story from the panel, says which shared terms the pin weighted up, and forgets them when unpinned', async () => {
    await page.goto(`${url}/admin/articles/${market.id}/edit`);
    expect(await page.locator('.related-panel .hint').textContent()).toContain('A pin or an exclusion also teaches');
    await page.getByLabel('Pin a story (its address or slug)').fill('lessar-talks');
    await page.locator('.pin-form').getByRole('button', { name: 'Pin' }).click();
    await expect.poll(panelLinks).toContain(talks.headline);
    const item = page.locator('.related-panel ol li', { hasText: talks.headline });
    await expect.poll(() => item.textContent()).toContain('(pinned)');
    expect(await item.locator('.related-why').textContent()).toMatch(/lessar \(weighted up by a pin\)/);
    expect(await item.locator('.related-taught').textContent()).toMatch(/^Counts for more in other pairs: .*lessar/);
    await item.getByRole('button', { name: 'Unpin' }).click();
    await expect.poll(() => page.locator('.related-panel').textContent()).not.toContain('(pinned)');
    expect(await page.locator('.related-panel').textContent()).not.toContain('weighted up');
  });
});
