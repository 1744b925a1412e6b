// Regression (issue 8): /favicon.ico was a 404 on every page (a browser asks for it whatever the
// page says). The site's icon is now served there and linked from every page's head: Byline's
// own drawing by default, or the file BYLINE_SITE_ICON names.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { loadSiteIcon } from '../../src/web/site-icon.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument } from '../helpers/html.ts';

/** The images an ICO file holds: each entry's stated size and the PNG's own dimensions. */
async function icoImages(ico: Buffer): Promise<{ stated: number; width: number; height: number }[]> {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  const images = [];
  for (let i = 0; i < ico.readUInt16LE(4); i++) {
    const entry = 6 + 16 * i;
    const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
    const { width, height, format } = await sharp(png).metadata();
    expect(format).toBe('png');
    images.push({ stated: ico.readUInt8(entry), width: width!, height: height! });
  }
  return images;
}

describe('the built-in site icon', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('does not answer /favicon.ico with a 404: it is an ICO of the icon at 16, 32 and 48 px', async () => {
    const response = await t.app.inject({ url: '/favicon.ico' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/x-icon');
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(await icoImages(response.rawPayload)).toEqual([16, 32, 48].map((n) => ({ stated: n, width: n, height: n })));
  });

  it('links the icon from the head of every public page, the SVG first', async () => {
    const article = await factories(t.app).article();
    for (const url of ['/', article.path!, '/search?q=x', '/no-such-page']) {
      const links = [...parseDocument((await t.app.inject({ url })).body).querySelectorAll('head link[rel="icon"]')];
      expect(links.map((link) => [link.getAttribute('href'), link.getAttribute('type')]), url).toEqual([['/favicon.svg', 'image/svg+xml'], ['/favicon.ico', 'image/x-icon']]);
    }
    const svg = await t.app.inject({ url: '/favicon.svg' });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.body).toMatch(/^<svg /);
  });
});

describe('a configured site icon', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'byline-icon-'));
  let t: TestApp;
  beforeAll(async () => {
    writeFileSync(path.join(dir, 'paper.png'), await sharp({ create: { width: 96, height: 64, channels: 4, background: '#2a6f97' } }).png().toBuffer());
    t = await buildTestApp({ env: { BYLINE_SITE_ICON: path.join(dir, 'paper.png') } });
  });
  afterAll(() => t.close());

  it('serves the configured PNG as /favicon.ico, fitted into squares, and offers no SVG', async () => {
    const response = await t.app.inject({ url: '/favicon.ico' });
    expect(response.statusCode).toBe(200);
    const [first] = await icoImages(response.rawPayload);
    expect(first).toEqual({ stated: 16, width: 16, height: 16 });
    const { data } = await sharp(response.rawPayload.subarray(response.rawPayload.readUInt32LE(6 + 12))).raw().toBuffer({ resolveWithObject: true });
    expect([data[8 * 16 * 4], data[8 * 16 * 4 + 1], data[8 * 16 * 4 + 2]]).toEqual([0x2a, 0x6f, 0x97]); // the configured picture, not Byline's
    expect((await t.app.inject({ url: '/favicon.svg' })).statusCode).toBe(404);
    const links = [...parseDocument((await t.app.inject({ url: '/' })).body).querySelectorAll('head link[rel="icon"]')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/favicon.ico']);
  });

  it('stops the start with the setting named when the icon is missing, of another kind, or not an image', async () => {
    const configWith = (file: string) => () => loadConfig({ env: { BYLINE_SITE_ICON: path.join(dir, file) }, cwd: dir });
    expect(configWith('absent.svg')).toThrow(/BYLINE_SITE_ICON is .*absent\.svg.*does not exist/);
    expect(configWith('icon.gif')).toThrow(/BYLINE_SITE_ICON is .*; expected the path of an \.svg, \.png or \.ico file/);
    writeFileSync(path.join(dir, 'broken.png'), 'this is not a picture');
    writeFileSync(path.join(dir, 'broken.ico'), 'nor is this');
    // What buildApp loads once the configuration has passed.
    await expect(loadSiteIcon(configWith('broken.png')().siteIcon)).rejects.toThrow(/BYLINE_SITE_ICON is .*broken\.png.*could not be read as an icon/);
    await expect(loadSiteIcon(configWith('broken.ico')().siteIcon)).rejects.toThrow(/BYLINE_SITE_ICON is .*broken\.ico.*could not be read as an icon/);
  });
});

// Regression (issue 9): drawing the icon at every start loaded sharp (libvips, about 26 MB
// resident for the life of the server) into a process that otherwise never needs it.
describe('the drawn icon kept between starts', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'byline-icon-cache-'));
  const cacheDir = path.join(dir, 'cache');

  it('is drawn once into the data directory, and a later start serves the kept file instead of drawing again', async () => {
    const first = await loadSiteIcon(undefined, cacheDir);
    const kept = readdirSync(cacheDir).filter((name) => name.endsWith('.ico'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(cacheDir, kept[0]!)).equals(first.ico)).toBe(true);
    // What the next start serves is the file, not a new drawing: mark it and see the mark.
    const marked = Buffer.concat([first.ico, Buffer.from('kept')]);
    writeFileSync(path.join(cacheDir, kept[0]!), marked);
    expect((await loadSiteIcon(undefined, cacheDir)).ico.equals(marked)).toBe(true);
  });

  it('draws a changed icon anew, and still stops the start for a file that is not an image', async () => {
    writeFileSync(path.join(dir, 'green.png'), await sharp({ create: { width: 32, height: 32, channels: 4, background: '#1b7f3b' } }).png().toBuffer());
    const green = await loadSiteIcon(path.join(dir, 'green.png'), cacheDir);
    expect(await icoImages(green.ico)).toEqual([16, 32, 48].map((n) => ({ stated: n, width: n, height: n })));
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.ico'))).toHaveLength(2);
    writeFileSync(path.join(dir, 'broken.png'), 'not a picture either');
    await expect(loadSiteIcon(path.join(dir, 'broken.png'), cacheDir)).rejects.toThrow(/BYLINE_SITE_ICON is .*broken\.png.*could not be read as an icon/);
  });
});
