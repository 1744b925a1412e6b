// Where a variant is stored: `uploads/<yyyy>/<mm>/<token>-<slug>-<width>.<ext>`. The random token
// makes every upload's names new, because files are served with immutable caching and must never
// be rewritten in place; the slug only makes the name readable.
import { randomBytes } from 'node:crypto';
import { slugify } from '../slug.ts';
import type { VariantFormat } from './media-item.ts';

const extensions: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };

export const contentTypes: Record<VariantFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg', png: 'image/png' };

export function newUploadToken(): string {
  return randomBytes(6).toString('hex');
}

/** A readable slug from an uploaded file's name, without its extension. */
export function fileSlug(filename: string): string {
  const base = filename.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return slugify(base, 40) || 'image';
}

export function mediaKey(parts: { uploadedAt: Date; token: string; filename: string; width: number; format: VariantFormat }): string {
  const year = parts.uploadedAt.getUTCFullYear();
  const month = String(parts.uploadedAt.getUTCMonth() + 1).padStart(2, '0');
  return `uploads/${year}/${month}/${parts.token}-${fileSlug(parts.filename)}-${parts.width}.${extensions[parts.format]}`;
}
