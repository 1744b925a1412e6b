// axe-core on the pages issue 13 added or changed that no other browser test checks: the full
// preview of a draft and of a scheduled story with its "Preview — not published" banner, the
// section row on a phone-sized screen (where it scrolls), and the page an invitation link opens
// to choose a password, before and after a refused password. Each in the light and the dark
// colour scheme, since contrast is what differs between them.
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
import type { Article } from '../../src/content/content.ts';
import { axeViolations } from '../helpers/axe.ts';
import { serveToChromium, signInWith } from '../helpers/browser.ts';
import { factories } from '../helpers/factories.ts';
import { createStaff } from '../helpers/newsroom.ts';

const schemes = ['light', 'dark'] as const;

describe('axe on the preview, the phone navigation and the choose-a-password page, in Chromium', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-a11y-'));
  const clock = fixedClock(new Date('2026-11-28T10:00:00Z'));
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let served: Awaited<ReturnType<typeof serveToChromium>> | undefined;
  let draft: Article;
  let scheduled: Article;
  let story: Article;

  beforeAll(async () => {
    const config = loadConfig({ env: { BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
    app = await buildApp(config, { clock, logger: false });
    const make = factories(app);
    const { media } = app.byline.services;
    const photo = await media.uploadMedia({ bytes: await sharp({ create: { width: 1200, height: 700, channels: 3, background: '#48617a' } }).png().toBuffer(), filename: 'estuary.png', alt: 'Mud flats at low tide', caption: 'The estuary at dawn', credit: 'Kai Berg' });
    const sections = [];
    for (const name of ['World', 'Politics', 'Business', 'Science and Technology', 'Climate', 'Culture', 'Opinion', 'Sport']) sections.push(await make.section({ name, slug: name.toLowerCase().replace(/ /g, '-') }));
    // A section is in the navigation once it has a story: more than a phone's width of them.
    for (const section of sections) story = await make.article({ sectionId: section.id });
    const body = `The estuary is silting up.\n\n![Mud flats at low tide](${photo.fallbackUrl} "The estuary at dawn | Kai Berg")\n\nDredging starts in spring.`;
    const featuredImage = { url: photo.fallbackUrl, alt: '', caption: '', credit: '', width: null, height: null };
    draft = await make.article({ headline: 'The estuary is silting up', status: 'draft', publishedAt: null, sectionId: sections[4]!.id, bodyMarkdown: body, featuredImage });
    scheduled = await make.article({ headline: 'Dredging to start in spring', publishedAt: new Date('2026-12-01T08:00:00Z'), sectionId: sections[4]!.id, bodyMarkdown: body, featuredImage });
    served = await serveToChromium(app, dataDir);
    ({ url, browser } = served);
  });
  afterAll(async () => {
    if (served) await served.close();
    else rmSync(dataDir, { recursive: true, force: true });
  });

  /** A tab in its own context; bypassCSP only so axe can be injected. */
  async function tab(options: { scheme: 'light' | 'dark'; width?: number }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ bypassCSP: true, colorScheme: options.scheme, viewport: { width: options.width ?? 1200, height: 800 } });
    return { context, page: await context.newPage() };
  }

  it.each(schemes)('finds nothing on the full preview of a draft and of a scheduled story, banner and all (%s)', async (scheme) => {
    const { context, page } = await tab({ scheme });
    const editor = await createStaff(app, 'editor');
    await signInWith(page, url, editor);
    for (const [article, state] of [[draft, 'Draft'], [scheduled, 'Scheduled']] as const) {
      await page.goto(`${url}/admin/articles/${article.id}/preview`);
      expect((await page.locator('.preview-banner').textContent())?.trim()).toMatch(new RegExp(`^Preview — not published ${state}`));
      expect(await page.locator('.article-body figure figcaption .credit').textContent()).toBe(' Kai Berg');
      expect(await page.locator('.featured-image img').getAttribute('alt')).toBe('Mud flats at low tide');
      expect(await axeViolations(page)).toEqual([]);
    }
    await context.close();
  });

  it.each(schemes)('finds nothing on a phone, where the section row scrolls, on the home page, a section and a story (%s)', async (scheme) => {
    const { context, page } = await tab({ scheme, width: 360 });
    for (const address of ['/', '/climate', story.path!]) {
      await page.goto(url + address);
      const row = await page.locator('.site-nav ul').evaluate((ul) => ({ overflows: ul.scrollWidth > ul.clientWidth, links: ul.querySelectorAll('a').length }));
      expect(row, address).toEqual({ overflows: true, links: 8 });
      expect(await axeViolations(page), address).toEqual([]);
    }
    // The row's hidden end is reached by keyboard: tabbing to its last link brings it into view.
    await page.goto(url);
    await page.locator('.site-nav a').last().focus();
    const visible = await page.locator('.site-nav a').last().evaluate((a) => { const r = a.getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth; });
    expect(visible).toBe(true);
    await context.close();
  });

  it.each(schemes)('finds nothing on the page an invitation link opens, nor after a refused password (%s)', async (scheme) => {
    const { auth } = app.byline.services;
    const { token } = await auth.createUser({ email: `invited.${scheme}@example.com`, name: 'Ada Invited', role: 'author', personId: null });
    const { context, page } = await tab({ scheme });
    await page.goto(`${url}/admin/password?token=${encodeURIComponent(token)}`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.getByLabel('New password').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.waitForLoadState();
    expect(await page.locator('.field-error').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
