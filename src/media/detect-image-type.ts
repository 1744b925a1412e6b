// Which image an upload really is, from its bytes (magic numbers, via file-type), never from its
// name or declared mime type. Only raster formats we re-encode are accepted: SVG is refused
// because it can carry script, and HEIC, TIFF, PDF and the rest because we do not publish them.
import type { ImageType } from './media-item.ts';

const accepted: Record<string, ImageType> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/gif': 'gif',
};

/** The upload's image type, or undefined when it is anything we do not accept. */
export async function detectImageType(bytes: Uint8Array): Promise<ImageType | undefined> {
  if (bytes.byteLength === 0) return undefined;
  const { fileTypeFromBuffer } = await import('file-type'); // loaded with the first upload
  const detected = await fileTypeFromBuffer(bytes);
  return detected ? accepted[detected.mime] : undefined;
}
