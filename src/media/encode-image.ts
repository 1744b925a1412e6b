// Re-encoding with sharp. The upload is decoded once (rotated by its EXIF orientation, scaled to
// the widest variant, converted to sRGB) into raw pixels, and every variant is encoded from those
// pixels: raw pixels carry no metadata, so no EXIF, GPS or camera data can reach a published file.
import type { SharpOptions } from 'sharp';
import type { ImageType } from './media-item.ts';
import type { PlannedVariant } from './plan-variants.ts';

export interface ImageHeader {
  /** As sharp names it: AVIF is `heif` with `av1` compression. */
  format: string;
  compression: string | undefined;
  /** After EXIF rotation. */
  width: number;
  height: number;
  hasAlpha: boolean;
}

export interface DecodedImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 3 | 4;
  /** False when the image has an alpha channel that some pixel actually uses. */
  opaque: boolean;
}

// Animated GIFs (and animated WebP or AVIF) keep their first frame only: `pages: 1`. Articles show
// still images; animation would need a video pipeline. `failOn: 'error'` accepts the small defects
// many cameras write but refuses truncated or corrupt files.
const inputOptions = { pages: 1, autoOrient: true, failOn: 'error' } satisfies SharpOptions;

/** sharp (libvips) is loaded on the first image, not at start: a server that only serves pages never pays its memory. */
const loadSharp = async () => (await import('sharp')).default;

/** Reads the header only; throws when sharp cannot read the bytes as an image. */
export async function readImageHeader(bytes: Uint8Array): Promise<ImageHeader> {
  const sharp = await loadSharp();
  const meta = await sharp(bytes, { pages: 1 }).metadata();
  return {
    format: meta.format,
    compression: meta.compression,
    width: meta.autoOrient.width,
    height: meta.autoOrient.height,
    hasAlpha: meta.hasAlpha,
  };
}

/** Sharp's own reading of the bytes agrees with the magic-number check. */
export function headerMatches(header: ImageHeader, type: ImageType): boolean {
  return type === 'avif' ? header.format === 'heif' && header.compression === 'av1' : header.format === type;
}

export async function decodeImage(bytes: Uint8Array, { width, maxPixels }: { width: number; maxPixels: number }): Promise<DecodedImage> {
  const sharp = await loadSharp();
  const { data, info } = await sharp(bytes, { ...inputOptions, limitInputPixels: maxPixels })
    .resize({ width, withoutEnlargement: true })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.channels === 3) return { data, width: info.width, height: info.height, channels: 3, opaque: true };
  const raw = { width: info.width, height: info.height, channels: 4 as const };
  const { isOpaque } = await sharp(data, { raw }).stats();
  return { data, ...raw, opaque: isOpaque };
}

export async function encodeVariant(image: DecodedImage, variant: PlannedVariant): Promise<{ data: Buffer; width: number; height: number }> {
  const sharp = await loadSharp();
  let pipeline = sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } }).resize({ width: variant.width, withoutEnlargement: true });
  if (image.channels === 4 && image.opaque) pipeline = pipeline.removeAlpha();
  switch (variant.format) {
    case 'avif':
      // effort 2 of 9: a tenth of the default's time on a 2000-pixel photo, for slightly larger files.
      pipeline = pipeline.avif({ quality: 50, effort: 2 });
      break;
    case 'webp':
      pipeline = pipeline.webp({ quality: 80 });
      break;
    case 'jpeg':
      pipeline = pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true });
      break;
    case 'png':
      pipeline = pipeline.png({ compressionLevel: 9 });
      break;
  }
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
