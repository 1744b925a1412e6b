// An uploaded image as the newsroom and the views see it. Only re-encoded variants are kept (the
// original, with its EXIF and GPS data, is never stored); `width` and `height` are the original's,
// after EXIF rotation. `fallbackUrl` is the JPEG or PNG variant an `<img src>` should name.
export type ImageType = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';
export type VariantFormat = 'webp' | 'avif' | 'jpeg' | 'png';

export interface MediaVariant {
  width: number;
  height: number;
  format: VariantFormat;
  url: string;
  bytes: number;
}

export interface MediaItem {
  id: number;
  originalFilename: string;
  /** What the upload's bytes were, whatever its name said. */
  originalFormat: ImageType;
  originalBytes: number;
  width: number;
  height: number;
  /** May be empty until someone writes it; an article cannot be published with it empty. */
  alt: string;
  caption: string;
  credit: string;
  /** The user who uploaded it, if known. */
  uploadedBy: number | null;
  createdAt: Date;
  /** Narrowest first; for each width an AVIF, a WebP and a JPEG or PNG fallback. */
  variants: MediaVariant[];
  fallbackUrl: string;
}

/** The narrowest JPEG or PNG variant: a small picture for the library's lists. */
export function thumbnailUrl(item: Pick<MediaItem, 'variants' | 'fallbackUrl'>): string {
  return item.variants.find((variant) => variant.format === 'jpeg' || variant.format === 'png')?.url ?? item.fallbackUrl;
}

export interface MediaUpload {
  bytes: Uint8Array;
  /** The name the file had on the uploader's computer: shown in the library, never trusted. */
  filename: string;
  uploadedBy?: number | null;
  alt?: string;
  caption?: string;
  credit?: string;
}

export interface MediaText {
  alt?: string;
  caption?: string;
  credit?: string;
}

export interface MediaQuery {
  /** Matches the filename, alt text, caption or credit, ignoring case. */
  query?: string;
  page: number;
  pageSize: number;
}

/** The editor's library search: newest first, a few at a time, read by keyset. */
export interface MediaSearch {
  /** Matches the filename, alt text, caption or credit, ignoring case; empty: every image. */
  query?: string;
  /** The `older` cursor of the page before (`<created ms>-<id>`). */
  before?: string;
  /** 1 to 50. */
  limit: number;
}
