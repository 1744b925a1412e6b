// The media service: upload (check the bytes, re-encode, store, record), the library, alt text,
// deletion. Files are written before the row that names them, and removed again if anything
// fails; a deleted item's row goes first, then its files, so no row ever names a missing file.
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Events } from '../events.ts';
import { type CursorPage, cursorOf, offsetOf, type Page, parseCursor, toPage } from '../pagination.ts';
import { decodeImage, encodeVariant, headerMatches, type ImageHeader, readImageHeader } from './encode-image.ts';
import { detectImageType } from './detect-image-type.ts';
import type { MediaItem, MediaQuery, MediaSearch, MediaText, MediaUpload } from './media-item.ts';
import { contentTypes, mediaKey, newUploadToken } from './media-key.ts';
import type { MediaStorage } from './media-storage.ts';
import * as repo from './media.repository.ts';
import { maxVariantWidth, planVariants } from './plan-variants.ts';

export interface MediaServiceDeps {
  db: Db;
  clock: Clock;
  events: Events;
  storage: MediaStorage;
  maxUploadBytes: number;
  /** Refuse images with more pixels than this (decompression bombs); 100 megapixels by default. */
  maxPixels?: number;
}

export type MediaService = ReturnType<typeof createMediaService>;

const textLimits = { alt: 1000, caption: 2000, credit: 300 } as const;

function cleanText(input: MediaText): MediaText {
  const cleaned: MediaText = {};
  for (const field of ['alt', 'caption', 'credit'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    const trimmed = value.trim();
    if (trimmed.length > textLimits[field]) throw new AppError('VALIDATION_FAILED', `The ${field} text is too long: at most ${textLimits[field]} characters.`, { details: { field } });
    cleaned[field] = trimmed;
  }
  return cleaned;
}

/** The uploaded file's name as shown in the library: no path, no control characters. */
function cleanFilename(filename: string): string {
  const name = filename.replace(/^.*[\\/]/, '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return name.slice(0, 200) || 'image';
}

export function createMediaService({ db, clock, events, storage, maxUploadBytes, maxPixels = 100_000_000 }: MediaServiceDeps) {
  async function withVariants(rows: repo.MediaRow[]): Promise<MediaItem[]> {
    const variants = await repo.listVariantRows(db, rows.map((row) => row.id));
    return rows.map((row) => repo.toMediaItem(row, variants, (key) => storage.url(key)));
  }

  async function findMedia(id: number): Promise<MediaItem | undefined> {
    const row = await repo.findMediaRow(db, id);
    return row && (await withVariants([row]))[0];
  }

  async function getMedia(id: number): Promise<MediaItem> {
    const item = await findMedia(id);
    if (!item) throw new AppError('NOT_FOUND', `No media item has id ${id}.`);
    return item;
  }

  async function readHeader(bytes: Uint8Array): Promise<ImageHeader> {
    try {
      return await readImageHeader(bytes);
    } catch (error) {
      throw new AppError('VALIDATION_FAILED', 'The file could not be read as an image; it may be damaged.', { cause: error });
    }
  }

  return {
    async uploadMedia(upload: MediaUpload): Promise<MediaItem> {
      const { bytes } = upload;
      if (bytes.byteLength > maxUploadBytes) {
        throw new AppError('MEDIA_TOO_LARGE', `The file is larger than the ${Math.round(maxUploadBytes / 1024 / 1024)} MB limit.`, { details: { maxBytes: maxUploadBytes } });
      }
      const type = await detectImageType(bytes);
      if (!type) throw new AppError('MEDIA_UNSUPPORTED_TYPE', 'Upload a JPEG, PNG, WebP, AVIF or GIF image.');
      const header = await readHeader(bytes);
      if (!headerMatches(header, type)) throw new AppError('MEDIA_UNSUPPORTED_TYPE', 'Upload a JPEG, PNG, WebP, AVIF or GIF image.');
      if (header.width * header.height > maxPixels) {
        throw new AppError('MEDIA_TOO_LARGE', `The image has more than ${Math.round(maxPixels / 1_000_000)} megapixels.`, { details: { maxPixels } });
      }
      const text = cleanText(upload);
      const filename = cleanFilename(upload.filename);

      const widest = Math.min(header.width, maxVariantWidth);
      const decoded = await decodeImage(bytes, { width: widest, maxPixels }).catch((error: unknown) => {
        throw new AppError('VALIDATION_FAILED', 'The file could not be read as an image; it may be damaged.', { cause: error });
      });
      const uploadedAt = clock.now();
      const token = newUploadToken();
      const stored: Omit<repo.VariantRow, 'media_id'>[] = [];
      let id: number;
      try {
        for (const variant of planVariants({ width: header.width, height: header.height, hasAlpha: !decoded.opaque })) {
          const encoded = await encodeVariant(decoded, variant);
          const key = mediaKey({ uploadedAt, token, filename, width: variant.width, format: variant.format });
          await storage.put(key, encoded.data, contentTypes[variant.format]);
          stored.push({ width: encoded.width, height: encoded.height, format: variant.format, storage_key: key, bytes: encoded.data.byteLength });
        }
        const now = toStoredTime(uploadedAt);
        id = await db.transaction().execute(async (trx) => {
          const mediaId = await repo.insertMedia(trx, {
            original_filename: filename,
            original_format: type,
            original_bytes: bytes.byteLength,
            width: header.width,
            height: header.height,
            alt: text.alt ?? '',
            caption: text.caption ?? '',
            credit: text.credit ?? '',
            uploaded_by: upload.uploadedBy ?? null,
            created_at: now,
            updated_at: now,
          });
          await repo.insertVariants(trx, stored.map((variant) => ({ ...variant, media_id: mediaId })));
          return mediaId;
        });
      } catch (error) {
        await Promise.allSettled(stored.map((variant) => storage.delete(variant.storage_key)));
        throw error;
      }
      await events.emit('media.uploaded', { mediaId: id });
      return getMedia(id);
    },

    async updateMedia(id: number, input: MediaText): Promise<MediaItem> {
      const text = cleanText(input);
      if (!(await repo.findMediaRow(db, id))) throw new AppError('NOT_FOUND', `No media item has id ${id}.`);
      await repo.updateMediaRow(db, id, { ...text, updated_at: toStoredTime(clock.now()) });
      return getMedia(id);
    },

    async deleteMedia(id: number): Promise<void> {
      const item = await repo.findMediaRow(db, id);
      if (!item) throw new AppError('NOT_FOUND', `No media item has id ${id}.`);
      const variants = await repo.listVariantRows(db, [id]);
      await db.transaction().execute(async (trx) => {
        await repo.deleteVariantRows(trx, id);
        await repo.deleteMediaRow(trx, id);
      });
      await Promise.all(variants.map((variant) => storage.delete(variant.storage_key)));
    },

    /** The library item one of whose variants is served at `url` (what articles store), if any. */
    async findMediaByUrl(url: string): Promise<MediaItem | undefined> {
      const key = storage.keyOf(url);
      const id = key === undefined ? undefined : await repo.findMediaIdByVariantKey(db, key);
      return id === undefined ? undefined : findMedia(id);
    },

    /**
     * Of these media ids, those without alt text, in the order given: the article service refuses
     * to publish while any remain. An id that names no media item counts as missing too.
     */
    async missingAltText(mediaIds: number[]): Promise<number[]> {
      const ids = [...new Set(mediaIds)];
      const withAlt = new Set(await repo.listIdsWithAlt(db, ids));
      return ids.filter((id) => !withAlt.has(id));
    },

    async listMedia(request: MediaQuery): Promise<Page<MediaItem>> {
      if (!Number.isInteger(request.page) || request.page < 1 || !Number.isInteger(request.pageSize) || request.pageSize < 1 || request.pageSize > 100) {
        throw new AppError('VALIDATION_FAILED', 'Pages are numbered from 1 and hold 1 to 100 items.');
      }
      const [rows, total] = await Promise.all([repo.listMediaRows(db, request.query, request.pageSize, offsetOf(request)), repo.countMedia(db, request.query)]);
      return toPage(await withVariants(rows), request, total);
    },

    /** The editor's picker: a few matching images, newest first, with the cursor of the next few. */
    async searchMedia(request: MediaSearch): Promise<CursorPage<MediaItem>> {
      if (!Number.isInteger(request.limit) || request.limit < 1 || request.limit > 50) throw new AppError('VALIDATION_FAILED', 'Ask for 1 to 50 images at a time.');
      const before = request.before === undefined ? undefined : parseCursor(request.before);
      if (request.before !== undefined && !before) throw new AppError('VALIDATION_FAILED', 'That position in the library is not one this site gave out.');
      const rows = await repo.searchMediaRows(db, request.query, before && { createdAt: before.publishedAt, id: before.id }, request.limit + 1);
      const items = await withVariants(rows.slice(0, request.limit));
      const last = items.at(-1);
      return { items, ...(request.before !== undefined && { position: { before: request.before } }), ...(rows.length > request.limit && last && { older: cursorOf({ id: last.id, publishedAt: last.createdAt }) }) };
    },

    findMedia,
    getMedia,
  };
}
