// An editor's day one in Chromium: writes the About page, puts it and a link in the header menu,
// and sees the site's navigation change; pins the home front's lead; credits a photographer; uses the Markdown toolbar; uploads an image from the editor; axe-core checks each new page of the newsroom and the
// site. One server, one browser, one signed-in tab, run in order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config/config.ts';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/browser.ts';
import { createStaff } from '../helpers/newsroom.ts';

describe('an editor on day one, in Chromium', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-day-one-'));
  const clock = fixedClock(new Date('2026-11-28T10:00:00Z'));
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let draftId: number;

  beforeAll(async () => {
    const config = loadConfig({ env: { BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
    app = await buildApp(config, { clock, logger: false });
    const { taxonomy, people, articles } = app.byline.services;
    const world = await taxonomy.createSection({ name: 'World', slug: 'world' });
    await taxonomy.createSection({ name: 'Empty Desk', slug: 'empty-desk' });
    const writer = await people.createPerson({ name: 'Nadia Brandt', slug: 'nadia-brandt' });
    await articles.createArticle({ headline: 'Ferry strike ends after nine days', sectionId: world.id, authorIds: [writer.id], status: 'published', publishedAt: new Date('2026-11-28T08:00:00Z'), bodyMarkdown: 'The ferries run again.' });
    await articles.createArticle({ headline: 'Harbour dredging begins', sectionId: world.id, authorIds: [writer.id], status: 'published', publishedAt: new Date('2026-11-27T08:00:00Z'), bodyMarkdown: 'The channel is deepened.' });
    const photographer = await people.createPerson({ name: 'Oskar Lind', slug: 'oskar-lind' });
    draftId = (await articles.createArticle({ headline: 'Lighthouse keepers return', sectionId: world.id, authorIds: [writer.id, photographer.id], bodyMarkdown: 'The lamp is lit again.\n\nKeepers live on the rock.' })).id;
    const account = await createStaff(app, 'editor');
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    browser = await launchChromium();
    // bypassCSP only so axe can be injected; the pages' own scripts run under their policy as usual.
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
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

  const headerLinks = async () => {
    await app.cacheInvalidation.settled();
    const reader = await browser.newPage();
    await reader.goto(url);
    const links = await reader.locator('.site-nav a').allTextContents();
    await reader.close();
    return links.map((text) => text.trim());
  };

  it('writes and publishes the About page, which readers find at /about with no dateline', async () => {
    await page.goto(`${url}/admin/pages`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'New page' }).click();
    await page.getByLabel('Title').fill('About');
    await page.getByLabel('Text').fill('We report on the harbour towns.\n\n## Who pays\n\nOur readers.');
    await page.getByLabel('Status').selectOption('published');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save page' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Page saved.');
    await page.getByRole('link', { name: 'View on site' }).click();
    expect(new URL(page.url()).pathname).toBe('/about');
    expect(await page.locator('h1').textContent()).toBe('About');
    expect(await page.locator('.dateline, .byline, time').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the empty section out of the header until the editor adds it, with the page and a link, in order', async () => {
    expect(await headerLinks()).toEqual(['World']);
    await page.goto(`${url}/admin/menus`);
    expect(await axeViolations(page)).toEqual([]);
    const header = page.locator('#header-menu');
    await header.getByLabel('Section', { exact: true }).selectOption({ label: 'Empty Desk' });
    await header.getByRole('button', { name: 'Add section to the header' }).click();
    await page.locator('#header-menu').getByLabel('Page', { exact: true }).selectOption({ label: 'About' });
    await page.locator('#header-menu').getByRole('button', { name: 'Add page to the header' }).click();
    await page.locator('#header-link-label').fill('Corrections');
    await page.locator('#header-link-url').fill('/corrections');
    await page.locator('#header-menu').getByRole('button', { name: 'Add link to the header' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Added to the menu.');
    expect(await headerLinks()).toEqual(['World', 'Empty Desk', 'About', 'Corrections']);
    await page.getByRole('button', { name: 'Move up: Corrections' }).click();
    expect(await headerLinks()).toEqual(['World', 'Empty Desk', 'Corrections', 'About']);
    // A link that is no web address comes back beside its field, typed words kept.
    await page.locator('#footer-link-label').fill('Tips');
    await page.locator('#footer-link-url').fill('javascript:alert(1)');
    await page.locator('#footer-menu').getByRole('button', { name: 'Add link to the footer' }).click();
    expect(await page.locator('#footer-link-url-error').isVisible()).toBe(true);
    expect(await page.locator('#footer-link-label').inputValue()).toBe('Tips');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('pins an older story as the lead of the home front, and readers see it lead with the newest beside it', async () => {
    await page.goto(`${url}/admin/front`);
    await page.getByLabel('Story', { exact: true }).selectOption({ label: 'Harbour dredging begins' });
    await page.getByLabel('Place', { exact: true }).selectOption('lead');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Pin story' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Pinned.');
    expect(await page.locator('#lead-pins td').first().textContent()).toBe('Harbour dredging begins');
    await app.cacheInvalidation.settled();
    const reader = await browser.newPage();
    await reader.goto(url);
    expect((await reader.locator('.lead-story .story-headline').textContent())?.trim()).toBe('Harbour dredging begins');
    expect((await reader.locator('.front-latest .story-headline').allTextContents()).map((text) => text.trim())).toEqual(['Ferry strike ends after nine days']);
    await reader.close();
  });

  it('credits the photographer on a story, and readers see "Photographs by" after the byline', async () => {
    await page.goto(`${url}/admin/articles/${draftId}/edit`);
    await page.getByLabel('Credit for person 2').selectOption({ label: 'Photographs' });
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.waitForURL(/\/edit/);
    const article = await app.byline.services.articles.getArticle(draftId);
    expect(article.status).toBe('published');
    await page.goto(url + article.path);
    expect((await page.locator('.article-meta .byline').textContent())?.trim()).toBe('By Nadia Brandt');
    expect((await page.locator('.article-meta .byline-credit').textContent())?.trim()).toBe('Photographs by Oskar Lind.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('formats the body from the Markdown toolbar by keyboard, and links a story chosen by search as "See also"', async () => {
    await page.goto(`${url}/admin/articles/new`);
    const body = page.getByLabel('Body', { exact: true });
    await body.fill('The tide was high');
    await body.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(4, 8));
    await page.keyboard.press('Control+B');
    expect(await body.inputValue()).toBe('The **tide** was high');
    // One Tab stop for the toolbar; arrows move within it.
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    await toolbar.getByRole('button', { name: 'Bold' }).focus();
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Image');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('See also');
    expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
    await body.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(area.value.length, area.value.length));
    await toolbar.getByRole('button', { name: 'See also: link to another story' }).press('Enter');
    await page.keyboard.type('ferry strike');
    const result = page.locator('#see-also-results button').first();
    await expect.poll(() => result.textContent(), { timeout: 10_000 }).toBe('Ferry strike ends after nine days (World)');
    await result.press('Enter');
    const ferry = (await app.byline.services.articles.listPublishedPage({ sectionId: (await app.byline.services.taxonomy.findSectionBySlug('world'))!.id }, {}, 10))!.items.find((story) => story.headline.startsWith('Ferry'))!;
    expect(await body.inputValue()).toBe(`The **tide** was high\n\n*See also:* [Ferry strike ends after nine days](${ferry.path})\n\n`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('uploads an image from the editor (button, or dropped on the body) with required alt text, and inserts a figure', async () => {
    const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#3a6f4c' } }).png().toBuffer();
    await page.goto(`${url}/admin/articles/new`);
    const body = page.getByLabel('Body', { exact: true });
    await body.fill('First paragraph.');
    await page.getByRole('button', { name: 'Insert an image' }).click();
    await page.setInputFiles('#image-file', { name: 'pier.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Upload and insert' }).click();
    expect(await page.locator('#image-alt-error').textContent()).toMatch(/alt text/);
    await page.getByLabel('Alt text (required)').fill('A wooden pier at low tide');
    await page.locator('#image-caption').fill('The pier at Westhaven');
    await page.locator('#image-credit').fill('Oskar Lind');
    await page.getByRole('button', { name: 'Upload and insert' }).click();
    await expect.poll(() => body.inputValue(), { timeout: 15_000 }).toMatch(/^First paragraph\.\n\n!\[A wooden pier at low tide\]\(\/media\/[^ )]+ "The pier at Westhaven \| Oskar Lind"\)\n\n$/);
    // Dropped on the body: the same panel opens with the file, waiting for its alt text.
    await body.evaluate((area: HTMLTextAreaElement, bytes: number[]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'dune.png', { type: 'image/png' }));
      area.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, [...png]);
    expect(await page.locator('#image-chosen').textContent()).toBe('Ready to upload: dune.png');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('image-alt');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('picks a library image for the body or as the featured image, bringing its alt text, caption and credit', async () => {
    await page.goto(`${url}/admin/articles/new`);
    const body = page.getByLabel('Body', { exact: true });
    await page.getByRole('button', { name: 'Insert an image' }).click();
    await page.getByRole('button', { name: /^A wooden pier at low tide/ }).click();
    expect(await page.locator('#image-credit').inputValue()).toBe('Oskar Lind');
    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    expect(await body.inputValue()).toMatch(/^!\[A wooden pier at low tide\]\(\/media\/[^ )]+ "The pier at Westhaven \| Oskar Lind"\)\n\n$/);
    const address = (await page.locator('#recent-media option').first().getAttribute('value'))!;
    await page.getByLabel('Image address').fill(address);
    await page.getByLabel('Image address').dispatchEvent('change');
    expect(await page.locator('#imageAlt').inputValue()).toBe('A wooden pier at low tide');
    expect(await page.locator('#imageCaption').inputValue()).toBe('The pier at Westhaven');
    expect(await page.locator('#imageCredit').inputValue()).toBe('Oskar Lind');
  });
});
