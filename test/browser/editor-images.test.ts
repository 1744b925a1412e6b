// Images in the editor, in Chromium: a file from the panel's button uploads with its progress
// shown and spoken; a pasted or dropped image opens the same panel; a refused file (wrong type,
// too large, bytes that are no image) is named beside the file control and the body keeps every
// word; alt text is required before anything is inserted; the library is searched from the
// panel, for the body and for the featured image, whose alt text, caption and credit reach the
// published page. Without JavaScript the same form still publishes a library image with its text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { axeViolations } from '../helpers/axe.ts';
import { serveToChromium, signInWith } from '../helpers/browser.ts';
import { createStaff } from '../helpers/newsroom.ts';

const solid = (width: number, height: number, background: string) => sharp({ create: { width, height, channels: 3, background } }).png().toBuffer();
/** Random pixels do not compress: about 700 KB of PNG, slow enough to watch on a throttled line. */
const noisy = () => {
  const pixels = Buffer.alloc(480 * 480 * 3);
  for (let i = 0, seed = 7; i < pixels.length; i++) pixels[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16;
  return sharp(pixels, { raw: { width: 480, height: 480, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
};

/** Drops (or pastes) a file made in the page from these bytes on the body, as a person would. */
async function giveFile(page: Page, how: 'drop' | 'paste', file: { name: string; type: string; bytes: Buffer | number }): Promise<void> {
  await page.locator('#bodyMarkdown').evaluate(
    (area: HTMLTextAreaElement, { how, name, type, bytes }) => {
      const transfer = new DataTransfer();
      // A number is a size: that many zero bytes.
      transfer.items.add(new File([typeof bytes === 'number' ? new Uint8Array(bytes) : Uint8Array.from(bytes)], name, { type }));
      const event = how === 'drop' ? new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }) : new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
      area.dispatchEvent(event);
    },
    { how, name: file.name, type: file.type, bytes: typeof file.bytes === 'number' ? file.bytes : [...file.bytes] },
  );
}

describe('images in the editor, in Chromium', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-editor-images-'));
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let served: Awaited<ReturnType<typeof serveToChromium>> | undefined;
  let context: BrowserContext;
  let page: Page;
  let account: { email: string; password: string };
  let sectionId: number;

  beforeAll(async () => {
    const config = loadConfig({ env: { BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent', BYLINE_MAX_UPLOAD_MB: '2' }, cwd: dataDir });
    app = await buildApp(config, { logger: false });
    sectionId = (await app.byline.services.taxonomy.createSection({ name: 'Coast', slug: 'coast' })).id;
    account = await createStaff(app, 'author');
    // Older library images, to search among.
    const { media } = app.byline.services;
    await media.uploadMedia({ bytes: await solid(900, 600, '#705030'), filename: 'dunes.png', alt: 'Sand dunes under a grey sky', caption: 'The dunes at Kerrow', credit: 'Mira Tallis' });
    await media.uploadMedia({ bytes: await solid(900, 600, '#305070'), filename: 'lock-gates.png', alt: 'Lock gates holding back the river', caption: 'The Ambry lock after the repairs', credit: 'Jonas Ferreira' });
    served = await serveToChromium(app, dataDir);
    ({ url, browser } = served);
    // bypassCSP only so axe can be injected; the pages' own scripts run under their policy as usual.
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signInWith(page, url, account);
  });
  afterAll(async () => {
    if (served) await served.close();
    else rmSync(dataDir, { recursive: true, force: true });
  });

  const body = () => page.locator('#bodyMarkdown');

  it('uploads a file chosen from the panel, showing and speaking its progress, then inserts a figure with caption and credit', async () => {
    await page.goto(`${url}/admin/articles/new`);
    await body().fill('The tide came in early.');
    await page.getByRole('button', { name: 'Insert an image' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('image-search');
    await page.getByLabel('Or upload a new image').setInputFiles({ name: 'breakwater.png', mimeType: 'image/png', buffer: await noisy() });
    expect(await page.locator('#image-chosen').textContent()).toBe('Ready to upload: breakwater.png');
    await page.getByLabel('Alt text (required)').fill('Waves breaking over a stone breakwater');
    await page.locator('#image-caption').fill('The breakwater at Sallow Point');
    await page.locator('#image-credit').fill('Ines Marr');
    // Every text the live region says, and whether the progress bar was seen part-way.
    await page.evaluate(() => {
      const seen: { said: string[]; partWay: boolean } = { said: [], partWay: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      const status = document.getElementById('image-status')!;
      const progress = document.getElementById('image-progress') as HTMLProgressElement;
      new MutationObserver(() => seen.said.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
      new MutationObserver(() => {
        if (!progress.hidden && progress.value > 0 && progress.value < 100) seen.partWay = true;
      }).observe(progress, { attributes: true });
    });
    // A slow line (about 256 KB/s up), so the upload takes a few seconds.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 256 * 1024 });
    await page.getByRole('button', { name: 'Upload and insert' }).click();
    await expect.poll(() => page.locator('#image-progress').isVisible()).toBe(true);
    await expect.poll(() => body().inputValue(), { timeout: 30_000 }).toMatch(/^The tide came in early\.\n\n!\[Waves breaking over a stone breakwater\]\(\/media\/[^ )]+ "The breakwater at Sallow Point \| Ines Marr"\)\n\n$/);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const seen = await page.evaluate(() => (window as unknown as { seen: { said: string[]; partWay: boolean } }).seen);
    expect(seen.partWay).toBe(true);
    const partWay = seen.said.filter((text) => /^Uploading… ([1-9]|[1-9]\d) %$/.test(text));
    expect(partWay.length).toBeGreaterThan(0);
    expect(seen.said.at(-1)).toBe('Inserted.');
    // Still in the page once the panel has closed, so it is heard.
    expect(await page.locator('#image-upload').isVisible()).toBe(false);
    expect(await page.getByRole('status').filter({ hasText: 'Inserted.' }).isVisible()).toBe(true);
    expect(await page.locator('#image-progress').isVisible()).toBe(false);
    // The live preview renders it as a figure with its credit.
    await expect.poll(() => page.locator('#live-preview figure figcaption').innerHTML(), { timeout: 5_000 }).toBe('The breakwater at Sallow Point<span class="credit"> Ines Marr</span>');
    expect(await page.locator('#live-preview figure img').getAttribute('alt')).toBe('Waves breaking over a stone breakwater');
  });

  it('opens the panel for a pasted image and inserts nothing until the alt text is written', async () => {
    await page.goto(`${url}/admin/articles/new`);
    await body().fill('Before the picture.');
    await giveFile(page, 'paste', { name: 'pasted.png', type: 'image/png', bytes: await solid(640, 400, '#2a6041') });
    expect(await page.locator('#image-upload').isVisible()).toBe(true);
    expect(await page.locator('#image-chosen').textContent()).toBe('Ready to upload: pasted.png');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('image-alt');
    await page.getByRole('button', { name: 'Upload and insert' }).click();
    expect(await page.locator('#image-alt-error').textContent()).toBe('Write the alt text first: describe the image for readers who cannot see it.');
    expect(await page.locator('#image-alt').getAttribute('aria-invalid')).toBe('true');
    expect(await body().inputValue()).toBe('Before the picture.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Alt text (required)').fill('A green field seen from above');
    await page.getByRole('button', { name: 'Upload and insert' }).click();
    await expect.poll(() => body().inputValue(), { timeout: 15_000 }).toMatch(/^Before the picture\.\n\n!\[A green field seen from above\]\(\/media\/[^ )]+\)\n\n$/);
    expect(await page.locator('#image-alt-error').isVisible()).toBe(false);
    // Pasted text is still just text.
    await body().evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(0, 0));
    await body().evaluate((area: HTMLTextAreaElement) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', 'Words ');
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    });
    expect(await page.locator('#image-upload').isVisible()).toBe(false);
  });

  it('names a refused file beside the file control, whether the browser or the server refuses it, and keeps the body as it was', async () => {
    await page.goto(`${url}/admin/articles/new`);
    const words = 'Every word of this paragraph must survive.\n\nAnd this one.';
    await body().fill(words);
    await giveFile(page, 'drop', { name: 'notes.txt', type: 'text/plain', bytes: Buffer.from('not a picture') });
    expect(await page.locator('#image-file-error').textContent()).toBe('“notes.txt” is not an image this site takes: use a JPEG, PNG, WebP, AVIF or GIF file.');
    expect(await page.locator('#image-file').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#image-file').getAttribute('aria-describedby')).toContain('image-file-error');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await giveFile(page, 'drop', { name: 'huge.png', type: 'image/png', bytes: 3 * 1024 * 1024 });
    expect(await page.locator('#image-file-error').textContent()).toBe('“huge.png” is 3.0 MB, larger than the 2 MB limit.');
    expect(await page.locator('#image-insert').textContent()).toBe('Insert');
    // Bytes that only claim to be a PNG: the server refuses them, and says so in the same place.
    await giveFile(page, 'drop', { name: 'fake.png', type: 'image/png', bytes: Buffer.from('plain words pretending to be a picture') });
    expect(await page.locator('#image-file-error').isVisible()).toBe(false);
    await page.getByLabel('Alt text (required)').fill('Nothing really');
    await page.getByRole('button', { name: 'Upload and insert' }).click();
    await expect.poll(() => page.locator('#image-file-error').textContent(), { timeout: 10_000 }).toBe('Upload a JPEG, PNG, WebP, AVIF or GIF image.');
    expect(await page.locator('#image-status').textContent()).toBe('Not uploaded: Upload a JPEG, PNG, WebP, AVIF or GIF image.');
    expect(await body().inputValue()).toBe(words);
    expect(new URL(page.url()).pathname).toBe('/admin/articles/new');
    // A real image dropped now goes in.
    await giveFile(page, 'drop', { name: 'harbour.png', type: 'image/png', bytes: await solid(700, 450, '#1d3c5a') });
    await page.getByLabel('Alt text (required)').fill('A harbour wall at night');
    await page.getByRole('button', { name: 'Upload and insert' }).click();
    await expect.poll(() => body().inputValue(), { timeout: 15_000 }).toContain('![A harbour wall at night](/media/');
    expect((await body().inputValue()).startsWith(words)).toBe(true);
  });

  it('searches the library from the panel by caption or credit, and inserts the chosen image with its alt text, caption and credit', async () => {
    await page.goto(`${url}/admin/articles/new`);
    await page.getByRole('button', { name: 'Insert an image' }).click();
    // Newest first before anything is typed.
    const { total } = await app.byline.services.media.listMedia({ page: 1, pageSize: 1 });
    await expect.poll(() => page.locator('#image-results button').count()).toBe(Math.min(total, 8));
    expect(await page.locator('#image-results button span').first().textContent()).toBe('A harbour wall at night (harbour.png)');
    await page.getByLabel('Find in the library').fill('ambry lock');
    await expect.poll(() => page.locator('#image-results button').allTextContents()).toEqual(['Lock gates holding back the river (lock-gates.png)']);
    await page.getByLabel('Find in the library').fill('tallis');
    await expect.poll(() => page.locator('#image-results button').allTextContents()).toEqual(['Sand dunes under a grey sky (dunes.png)']);
    expect(await page.locator('#image-search-status').textContent()).toBe('1 image shown.');
    await page.getByLabel('Find in the library').fill('<script>nothing</script>');
    await expect.poll(() => page.locator('#image-search-status').textContent()).toBe('No image in the library matches.');
    await page.getByLabel('Find in the library').fill('kerrow');
    const result = page.getByRole('button', { name: 'Sand dunes under a grey sky (dunes.png)' });
    await result.click();
    expect(await result.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#image-alt').inputValue()).toBe('Sand dunes under a grey sky');
    expect(await page.locator('#image-caption').inputValue()).toBe('The dunes at Kerrow');
    expect(await page.locator('#image-credit').inputValue()).toBe('Mira Tallis');
    expect(await axeViolations(page)).toEqual([]);
    // Alt text stays required for a library image too.
    await page.locator('#image-alt').fill('');
    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    expect(await page.locator('#image-alt-error').isVisible()).toBe(true);
    expect(await body().inputValue()).toBe('');
    await page.locator('#image-alt').fill('Sand dunes under a grey sky');
    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    expect(await body().inputValue()).toMatch(/^!\[Sand dunes under a grey sky\]\(\/media\/[^ )]+ "The dunes at Kerrow \| Mira Tallis"\)\n\n$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bodyMarkdown');
  });

  it('chooses the featured image from the library, and the published page shows its alt text, caption and credit', async () => {
    await page.goto(`${url}/admin/articles/new`);
    await page.getByLabel('Headline').fill('Repairs finish at the Ambry lock');
    await page.getByLabel('Section').selectOption({ label: 'Coast' });
    await body().fill('The gates open again on Monday.\n\nBoats have waited a month.');
    await page.getByRole('button', { name: 'Choose from the library for the featured image' }).click();
    await page.getByLabel('Find in the library').fill('lock gates');
    await page.getByRole('button', { name: 'Lock gates holding back the river (lock-gates.png)' }).click();
    await page.getByRole('button', { name: 'Use as featured image' }).click();
    expect(await page.locator('#imageUrl').inputValue()).toMatch(/^\/media\/uploads\/.+\.(jpg|png)$/);
    expect(await page.locator('#imageAlt').inputValue()).toBe('Lock gates holding back the river');
    expect(await page.locator('#imageCaption').inputValue()).toBe('The Ambry lock after the repairs');
    expect(await page.locator('#imageCredit').inputValue()).toBe('Jonas Ferreira');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Choose from the library for the featured image');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Published. It is on the site now.');
    const reader = await browser.newPage();
    await reader.goto(url + (await app.byline.services.articles.listPublishedPage({ sectionId }, {}, 10))!.items.find((story) => story.headline.startsWith('Repairs'))!.path);
    expect(await reader.locator('.featured-image img').getAttribute('alt')).toBe('Lock gates holding back the river');
    expect((await reader.locator('.featured-image figcaption').textContent())?.trim()).toBe('The Ambry lock after the repairs Photo: Jonas Ferreira');
    await reader.close();
  });

  it('uploads a new featured image from the same panel, with the same required alt text', async () => {
    await page.goto(`${url}/admin/articles/new`);
    await page.getByRole('button', { name: 'Choose from the library for the featured image' }).click();
    await page.getByLabel('Or upload a new image').setInputFiles({ name: 'beacon.png', mimeType: 'image/png', buffer: await solid(1000, 600, '#8a3b2f') });
    await page.locator('#image-credit').fill('Ines Marr');
    await page.getByRole('button', { name: 'Upload and use as featured image' }).click();
    expect(await page.locator('#image-alt-error').isVisible()).toBe(true);
    expect(await page.locator('#imageUrl').inputValue()).toBe('');
    await page.getByLabel('Alt text (required)').fill('A red beacon on the harbour wall');
    await page.getByRole('button', { name: 'Upload and use as featured image' }).click();
    await expect.poll(() => page.locator('#imageUrl').inputValue(), { timeout: 15_000 }).toMatch(/^\/media\/uploads\//);
    expect(await page.locator('#imageAlt').inputValue()).toBe('A red beacon on the harbour wall');
    expect(await page.locator('#imageCredit').inputValue()).toBe('Ines Marr');
    expect(await body().inputValue()).toBe('');
  });

  it('offers no image panel to a contributor, who may not use the library (the toolbar stays)', async () => {
    const contributor = await browser.newContext();
    const tab = await contributor.newPage();
    await signInWith(tab, url, await createStaff(app, 'contributor'));
    await tab.goto(`${url}/admin/articles/new`);
    await expect.poll(() => tab.locator('.md-toolbar').count()).toBe(1);
    expect(await tab.getByRole('button', { name: 'Insert an image' }).count()).toBe(0);
    expect(await tab.locator('#image-upload').count()).toBe(0);
    await contributor.close();
  });

  it('without JavaScript, the body is a plain textarea and a library address alone brings the image\'s alt text, caption and credit', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const tab = await plain.newPage();
    await signInWith(tab, url, account);
    await tab.goto(`${url}/admin/articles/new`);
    expect(await tab.locator('#image-upload, .md-toolbar').count()).toBe(0);
    const address = (await app.byline.services.media.searchMedia({ query: 'dunes', limit: 1 })).items[0]!.fallbackUrl;
    await tab.getByLabel('Headline').fill('Dunes move inland');
    await tab.getByLabel('Section').selectOption({ label: 'Coast' });
    await tab.getByLabel('Body').fill(`The sand has moved ten metres.\n\n![Sand dunes under a grey sky](${address} "The dunes at Kerrow | Mira Tallis")`);
    await tab.getByLabel('Image address').fill(address);
    await tab.getByRole('button', { name: 'Publish now' }).click();
    await tab.waitForURL(/\/edit/);
    expect(await tab.locator('#imageAlt').inputValue()).toBe('Sand dunes under a grey sky');
    const story = (await app.byline.services.articles.listPublishedPage({ sectionId }, {}, 10))!.items.find((item) => item.headline === 'Dunes move inland')!;
    await tab.goto(url + story.path);
    expect(await tab.locator('.featured-image img').getAttribute('alt')).toBe('Sand dunes under a grey sky');
    expect((await tab.locator('.featured-image figcaption').textContent())?.trim()).toBe('The dunes at Kerrow Photo: Mira Tallis');
    expect(await tab.locator('.article-body figure figcaption').innerHTML()).toBe('The dunes at Kerrow<span class="credit"> Mira Tallis</span>');
    await plain.close();
  });
});
