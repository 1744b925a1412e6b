// A reader in a real browser: from the front page to a story, on through "See also", to an
// author, and back to the top; then axe-core checks every page type for accessibility.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { startDemoServer } from '../helpers/demo-server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('a reader in Chromium', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the lead story from the front page', async () => {
    await page.goto(server.url + '/');
    const lead = page.locator('.lead-story .story-headline a');
    const headline = (await lead.textContent())!.trim();
    await lead.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(headline);
  });

  it('follows "See also" to a related story', async () => {
    const seeAlso = page.locator('.see-also a');
    const target = (await seeAlso.textContent())!.trim();
    await seeAlso.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(target);
  });

  it("follows a byline link to the author's page", async () => {
    const author = page.locator('.byline a').first();
    const name = (await author.textContent())!.trim();
    await author.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(name);
    expect(await page.locator('.story-list li').count()).toBeGreaterThan(0);
  });

  it('goes back to the top from the foot of an article without JavaScript', async () => {
    await page.locator('.story-headline a').first().click();
    await page.locator('.back-to-top a').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await page.locator('.back-to-top a').click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    expect(new URL(page.url()).hash).toBe('#top');
  });

  it('runs no script on any page (JSON-LD blocks are data, not script)', async () => {
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  });

  describe.each(['light', 'dark'] as const)('accessibility (%s scheme)', (colorScheme) => {
    const pageTypes = ['home', 'section front', 'second page of a list', 'tag page', 'author page', 'article page', '404 page'] as const;

    async function pathOf(kind: (typeof pageTypes)[number]): Promise<string> {
      const { articles } = server.app.byline.services;
      const lead = (await articles.listPublished({}, { page: 1, pageSize: 1 })).items[0]!;
      const article = await articles.getArticle(lead.id);
      switch (kind) {
        case 'home': return '/';
        case 'section front': return `/${lead.section.slug}`;
        case 'second page of a list': return `/?before=${lead.publishedAt.getTime()}-${lead.id}`;
        case 'tag page': return `/tag/${article.tags[0]!.slug}`;
        case 'author page': return `/author/${article.authors[0]!.slug}`;
        case 'article page': return lead.path;
        case '404 page': return '/no-such-page';
      }
    }

    it.each(pageTypes)('has no axe-core violations on the %s', async (kind) => {
      // bypassCSP lets the test inject axe; the site's own policy forbids inline script.
      const context = await browser.newContext({ colorScheme, bypassCSP: true, viewport: { width: 1100, height: 800 } });
      const tab = await context.newPage();
      try {
        const response = await tab.goto(server.url + (await pathOf(kind)));
        expect(response?.status()).toBe(kind === '404 page' ? 404 : 200);
        await tab.addScriptTag({ content: axeSource });
        const result = await tab.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run());
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
