// Image uploads through the media service (the admin's upload route calls the same functions):
// types checked from bytes, variants re-encoded without metadata, the library, alt text, deletion.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaItem, MediaUpload } from '../../src/media/media.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';

/** A smooth gradient: compresses like a photo, unlike flat colour or noise. */
function gradient(width: number, height: number, channels: 3 | 4 = 3, alpha = 255) {
  const data = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      data[i] = Math.round((x * 255) / width);
      data[i + 1] = Math.round((y * 255) / height);
      data[i + 2] = 128;
      if (channels === 4) data[i + 3] = alpha;
    }
  }
  return sharp(data, { raw: { width, height, channels } });
}

describe('media uploads', () => {
  let t: TestApp;
  let uploaded: number[];

  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_MAX_UPLOAD_MB: '1' } });
    uploaded = [];
    t.app.byline.events.on('media.uploaded', ({ mediaId }) => {
      uploaded.push(mediaId);
    });
  });
  afterAll(() => t.close());

  const media = () => t.app.byline.services.media;
  const upload = (bytes: Uint8Array, filename: string, extra: Partial<MediaUpload> = {}) => media().uploadMedia({ bytes, filename, ...extra });
  const fileOf = (url: string) => path.join(t.config.dataDir, 'media', ...url.replace(/^\/media\//, '').split('/'));
  const mediaFiles = (): string[] => {
    const root = path.join(t.config.dataDir, 'media');
    return existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
  };
  const summary = (item: MediaItem) => item.variants.map((v) => `${v.width}x${v.height} ${v.format}`);

  it('turns a large photo into AVIF, WebP and JPEG at each width, with no metadata left', async () => {
    const exif = { IFD0: { Copyright: 'Jo Smyth', Make: 'SecretCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } };
    const photo = await gradient(2000, 1000).jpeg().withExif(exif).toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();

    const item = await upload(photo, 'Harbour at dawn.jpg', { uploadedBy: 7 });
    expect(item).toMatchObject({ originalFilename: 'Harbour at dawn.jpg', originalFormat: 'jpeg', width: 2000, height: 1000, alt: '', uploadedBy: 7 });
    expect(item.createdAt).toEqual(new Date('2026-11-28T12:00:00Z'));
    expect(summary(item)).toEqual(['480x240 avif', '480x240 jpeg', '480x240 webp', '800x400 avif', '800x400 jpeg', '800x400 webp', '1200x600 avif', '1200x600 jpeg', '1200x600 webp', '1600x800 avif', '1600x800 jpeg', '1600x800 webp']);
    expect(item.fallbackUrl).toMatch(/^\/media\/uploads\/2026\/11\/[0-9a-f]{12}-harbour-at-dawn-1200\.jpg$/);
    expect(uploaded).toContain(item.id);

    for (const variant of item.variants) {
      const bytes = readFileSync(fileOf(variant.url));
      expect(bytes.byteLength).toBe(variant.bytes);
      const meta = await sharp(bytes).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: variant.format === 'avif' ? 'heif' : variant.format, width: variant.width, height: variant.height });
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(bytes.includes('SecretCam')).toBe(false);
    }
  });

  it('rotates by the EXIF orientation first and never upscales a small image', async () => {
    const sideways = await gradient(300, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const item = await upload(sideways, 'portrait.jpg');
    expect({ width: item.width, height: item.height }).toEqual({ width: 200, height: 300 });
    expect(summary(item)).toEqual(['200x300 avif', '200x300 jpeg', '200x300 webp']);
    expect((await sharp(readFileSync(fileOf(item.fallbackUrl))).metadata()).orientation).toBeUndefined();
  });

  it('keeps transparency with a PNG fallback, and uses JPEG when the alpha channel is unused', async () => {
    const transparent = await upload(await gradient(600, 400, 4, 100).png().toBuffer(), 'logo.png');
    expect(summary(transparent)).toEqual(['480x320 avif', '480x320 png', '480x320 webp', '600x400 avif', '600x400 png', '600x400 webp']);
    expect((await sharp(readFileSync(fileOf(transparent.fallbackUrl))).metadata()).hasAlpha).toBe(true);

    const opaque = await upload(await gradient(300, 200, 4, 255).png().toBuffer(), 'screenshot.png');
    expect(opaque.originalFormat).toBe('png');
    expect(opaque.variants.map((v) => v.format)).toEqual(['avif', 'jpeg', 'webp']);
  });

  it('accepts WebP and AVIF uploads', async () => {
    const webp = await upload(await gradient(500, 300).webp().toBuffer(), 'a.webp');
    const avif = await upload(await gradient(500, 300).avif({ effort: 0 }).toBuffer(), 'b.avif');
    expect([webp.originalFormat, avif.originalFormat]).toEqual(['webp', 'avif']);
    expect(summary(avif)).toContain('480x288 jpeg');
  });

  it('keeps only the first frame of an animated GIF', async () => {
    const red = await sharp({ create: { width: 100, height: 60, channels: 3, background: '#ff0000' } }).png().toBuffer();
    const blue = await sharp({ create: { width: 100, height: 60, channels: 3, background: '#0000ff' } }).png().toBuffer();
    const gif = await sharp([red, blue], { join: { animated: true } }).gif().toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(2);

    const item = await upload(gif, 'animation.gif');
    expect(item).toMatchObject({ originalFormat: 'gif', width: 100, height: 60 });
    const webp = item.variants.find((v) => v.format === 'webp')!;
    const meta = await sharp(readFileSync(fileOf(webp.url))).metadata();
    expect(meta.pages ?? 1).toBe(1);
    const { dominant } = await sharp(readFileSync(fileOf(webp.url))).stats();
    expect(dominant.r).toBeGreaterThan(200);
    expect(dominant.b).toBeLessThan(50);
  });

  it('refuses SVG and anything that is not an image, whatever its name says', async () => {
    const before = mediaFiles().length;
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>');
    await expect(upload(svg, 'chart.svg')).rejects.toMatchObject({ code: 'MEDIA_UNSUPPORTED_TYPE', statusCode: 415 });
    await expect(upload(svg, 'chart.png')).rejects.toMatchObject({ code: 'MEDIA_UNSUPPORTED_TYPE' });
    await expect(upload(Buffer.from('Not a photo at all.\n'), 'photo.jpg')).rejects.toMatchObject({ code: 'MEDIA_UNSUPPORTED_TYPE' });
    await expect(upload(await gradient(40, 20).tiff().toBuffer(), 'scan.jpg')).rejects.toMatchObject({ code: 'MEDIA_UNSUPPORTED_TYPE' });
    await expect(upload(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]), 'broken.jpg')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(mediaFiles().length).toBe(before);
  });

  it('refuses an upload over the configured size limit before reading it', async () => {
    expect(t.config.maxUploadBytes).toBe(1024 * 1024);
    const photo = await gradient(40, 20).jpeg().toBuffer();
    const oversized = Buffer.concat([photo, Buffer.alloc(1024 * 1024 + 1 - photo.byteLength)]);
    await expect(upload(oversized, 'huge.jpg')).rejects.toMatchObject({ code: 'MEDIA_TOO_LARGE', statusCode: 413 });
  });

  it('serves variants under /media/ with immutable caching', async () => {
    const item = await upload(await gradient(200, 100).jpeg().toBuffer(), 'served.jpg');
    const response = await t.app.inject({ url: item.fallbackUrl });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/jpeg');
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('searches the library by filename, alt text and caption, newest first, a page at a time', async () => {
    const small = await gradient(60, 40).png().toBuffer();
    t.clock.advance(60_000);
    const one = await upload(small, 'library-one.png', { alt: 'Fishing boats in the HARBOUR' });
    t.clock.advance(60_000);
    const two = await upload(small, 'library-two.png', { caption: 'Turbines: 100% renewable_power' });
    t.clock.advance(60_000);
    const three = await upload(small, 'LIBRARY-three.png', { caption: '100 percent renewable power' });

    const first = await media().listMedia({ query: 'Library-', page: 1, pageSize: 2 });
    expect(first.items.map((i) => i.id)).toEqual([three.id, two.id]);
    expect({ total: first.total, pageCount: first.pageCount }).toEqual({ total: 3, pageCount: 2 });
    expect((await media().listMedia({ query: 'library-', page: 2, pageSize: 2 })).items.map((i) => i.id)).toEqual([one.id]);

    expect((await media().listMedia({ query: 'boats in the harbour', page: 1, pageSize: 10 })).items.map((i) => i.id)).toEqual([one.id]);
    expect((await media().listMedia({ query: '100%', page: 1, pageSize: 10 })).items.map((i) => i.id)).toEqual([two.id]);
    expect((await media().listMedia({ query: 'e_p', page: 1, pageSize: 10 })).items.map((i) => i.id)).toEqual([two.id]);
    expect((await media().listMedia({ query: 'nothing like this', page: 1, pageSize: 10 })).total).toBe(0);

    const all = await media().listMedia({ page: 1, pageSize: 100 });
    expect(all.items[0]!.id).toBe(three.id);
    expect(all.items[0]!.variants.length).toBe(3);
    await expect(media().listMedia({ page: 0, pageSize: 10 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('updates alt text, caption and credit, and reports images still missing alt text', async () => {
    const small = await gradient(60, 40).jpeg().toBuffer();
    const described = await upload(small, 'described.jpg', { alt: 'A described photo' });
    const bare = await upload(small, 'bare.jpg', { alt: '   ' });
    expect(bare.alt).toBe('');
    expect(await media().missingAltText([described.id, bare.id, 999_999, bare.id])).toEqual([bare.id, 999_999]);

    const updated = await media().updateMedia(bare.id, { alt: ' Protesters outside parliament ', caption: 'The march reached Westminster at noon.', credit: 'Jo Smyth' });
    expect(updated).toMatchObject({ alt: 'Protesters outside parliament', caption: 'The march reached Westminster at noon.', credit: 'Jo Smyth' });
    expect((await media().getMedia(bare.id)).alt).toBe('Protesters outside parliament');
    expect(await media().missingAltText([described.id, bare.id])).toEqual([]);

    await media().updateMedia(bare.id, { credit: 'Agency' });
    expect(await media().getMedia(bare.id)).toMatchObject({ alt: 'Protesters outside parliament', credit: 'Agency' });
    await expect(media().updateMedia(999_999, { alt: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(media().updateMedia(bare.id, { alt: 'x'.repeat(1001) })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('deletes an item and its files', async () => {
    const item = await upload(await gradient(500, 250).jpeg().toBuffer(), 'to-delete.jpg');
    const files = item.variants.map((v) => fileOf(v.url));
    expect(files.every((file) => existsSync(file))).toBe(true);

    await media().deleteMedia(item.id);
    expect(files.some((file) => existsSync(file))).toBe(false);
    expect(await media().findMedia(item.id)).toBeUndefined();
    await expect(media().getMedia(item.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(media().deleteMedia(item.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
