// Upload type detection from bytes: the five formats we publish, and everything else refused.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { detectImageType } from './detect-image-type.ts';

const tiny = () => sharp({ create: { width: 8, height: 4, channels: 3, background: '#c33' } });

describe('detectImageType', () => {
  it.each(['jpeg', 'png', 'webp', 'gif', 'avif'] as const)('recognises %s from its bytes', async (format) => {
    expect(await detectImageType(await tiny().toFormat(format).toBuffer())).toBe(format);
  });

  it('refuses SVG, with or without an XML declaration', async () => {
    expect(await detectImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeUndefined();
    expect(await detectImageType(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
  });

  it('refuses text, empty files and images it does not publish', async () => {
    expect(await detectImageType(Buffer.from('just some words in a file called photo.jpg'))).toBeUndefined();
    expect(await detectImageType(new Uint8Array(0))).toBeUndefined();
    expect(await detectImageType(await tiny().tiff().toBuffer())).toBeUndefined();
    expect(await detectImageType(Buffer.from('%PDF-1.7\n'))).toBeUndefined();
  });

  it('trusts the bytes, not a JPEG signature buried after the start', async () => {
    const jpeg = await tiny().jpeg().toBuffer();
    expect(await detectImageType(Buffer.concat([Buffer.from('<html>'), jpeg]))).toBeUndefined();
  });
});
