// Search in a real browser: the header's search box takes a reader from any page to highlighted
// results, the filters narrow them, and axe-core finds nothing wrong with the results, the
// no-results or the cannot-search page, in light and dark schemes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { startDemoServer } from '../helpers/demo-server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('search in Chromium', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let word: string;
  let lead: { headline: string; section: { slug: string } };

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    lead = (await server.app.byline.services.articles.listPublished({}, { page: 1, pageSize: 1 })).items[0]!;
    word = lead.headline.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('searches from the header box and highlights the matched word', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    try {
      await page.goto(server.url + '/');
      await page.getByRole('search').getByRole('searchbox', { name: 'Search articles' }).fill(word);
      await page.getByRole('search').getByRole('searchbox').press('Enter');
      await page.waitForURL(/\/search\?q=/);
      expect(await page.locator('h1').textContent()).toContain(word);
      const headlines = await page.locator('.search-result .story-headline').allTextContents();
      expect(headlines.map((text) => text.trim())).toContain(lead.headline);
      expect((await page.locator('.search-result mark').first().textContent())?.toLowerCase()).toBe(word.toLowerCase());

      await page.locator('#search-section').selectOption(lead.section.slug);
      await page.getByRole('button', { name: 'Search', exact: true }).last().click();
      await page.waitForURL(new RegExp(`section=${lead.section.slug}`));
      expect(await page.locator('#search-section').inputValue()).toBe(lead.section.slug);
      expect(await page.locator('.search-result .section-label').allTextContents()).not.toHaveLength(0);
    } finally {
      await page.close();
    }
  });

  describe.each(['light', 'dark'] as const)('accessibility (%s scheme)', (colorScheme) => {
    const pages = { results: () => `/search?q=${encodeURIComponent(word)}`, 'no results': () => '/search?q=xylophonic', 'cannot search': () => '/search?q=*', 'empty search': () => '/search' };

    it.each(Object.keys(pages) as (keyof typeof pages)[])('has no axe-core violations on the %s page', async (kind) => {
      const context = await browser.newContext({ colorScheme, bypassCSP: true, viewport: { width: 1100, height: 800 } });
      const tab = await context.newPage();
      try {
        expect((await tab.goto(server.url + pages[kind]()))?.status()).toBe(200);
        await tab.addScriptTag({ content: axeSource });
        const result = await tab.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run());
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
