// Issue 13, for readers on a phone: a portrait that is not square is cropped into its circle,
// not squashed into an oval; the section row that does not fit shows it scrolls, snapping to
// whole sections. axe-core checks the author page.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { Article } from '../../src/content/content.ts';
import { launchChromium } from '../helpers/browser.ts';
import { factories } from '../helpers/factories.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('a reader on a phone in Chromium', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-polish-'));
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  let story: Article;

  beforeAll(async () => {
    const config = loadConfig({ env: { BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
    app = await buildApp(config, { clock: fixedClock(new Date('2026-11-28T10:00:00Z')), logger: false });
    mkdirSync(path.join(dataDir, 'media', 'portraits'), { recursive: true });
    writeFileSync(path.join(dataDir, 'media', 'portraits', 'tall.jpg'), await sharp({ create: { width: 300, height: 450, channels: 3, background: '#7a5c3e' } }).jpeg().toBuffer());
    const make = factories(app);
    const sections = [];
    for (const name of ['World', 'Politics', 'Business', 'Science and Technology', 'Climate', 'Culture', 'Opinion']) sections.push(await make.section({ name, slug: name.toLowerCase().replace(/ /g, '-') }));
    const writer = await app.byline.services.people.createPerson({ name: 'Ines Tall', slug: 'ines-tall', roleTitle: 'Reporter', bio: 'Covers ports.', avatarUrl: '/media/portraits/tall.jpg' });
    story = await make.article({ authorIds: [writer.id] });
    // A section is in the navigation once it has a story.
    for (const section of sections) await make.article({ authorIds: [writer.id], sectionId: section.id });
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('crops a tall portrait into a circle instead of squashing it', async () => {
    await page.goto(url + story.path);
    const box = await page.locator('.author-box img.avatar').evaluate((img) => { const r = img.getBoundingClientRect(); return { w: Math.round(r.width), h: Math.round(r.height), fit: getComputedStyle(img).objectFit }; });
    expect(box).toEqual({ w: 72, h: 72, fit: 'cover' });
    await page.goto(`${url}/author/ines-tall`);
    const large = await page.locator('img.avatar').first().evaluate((img) => { const r = img.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; });
    expect(large[0]).toBe(large[1]);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run());
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('shows that the section row scrolls, and snaps it to whole sections', async () => {
    await page.goto(url);
    const row = page.locator('.site-nav ul');
    const style = await row.evaluate((ul) => ({ overflows: ul.scrollWidth > ul.clientWidth, snap: getComputedStyle(ul).scrollSnapType, attachment: getComputedStyle(ul).backgroundAttachment, images: getComputedStyle(ul).backgroundImage.split('linear-gradient').length - 1 }));
    // More sections than fit: a shadow at the edge that has more (backgrounds that travel with the row hide it at the ends).
    expect(style).toEqual({ overflows: true, snap: 'x', attachment: 'local, local, scroll, scroll', images: 4 });
    // Scrolled to the end, the last section is whole, not under the shadow or cut.
    await row.evaluate((ul) => ul.scrollTo({ left: ul.scrollWidth }));
    const last = await page.locator('.site-nav li:last-child a').evaluate((a) => { const r = a.getBoundingClientRect(); const ul = a.closest('ul')!.getBoundingClientRect(); return r.right <= ul.right - 16 && r.left >= ul.left; });
    expect(last).toBe(true);
  });
});
