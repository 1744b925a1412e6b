// Queries on media and their variants. One query per function; each takes the db or a
// transaction. Search is `lower(col) like lower(?)` with an explicit escape character, which
// behaves the same on both dialects (SQLite's lower() folds ASCII letters only).
import { type Expression, type Selectable, type SqlBool, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { MediaTable, MediaVariantsTable } from '../db/schema.ts';
import { fallbackSrcWidth } from './plan-variants.ts';
import type { ImageType, MediaItem, MediaVariant } from './media-item.ts';

export type MediaRow = Selectable<MediaTable>;
export type VariantRow = Selectable<MediaVariantsTable>;

export function toMediaItem(row: MediaRow, variantRows: VariantRow[], urlOf: (key: string) => string): MediaItem {
  const variants: MediaVariant[] = variantRows
    .filter((variant) => variant.media_id === row.id)
    .sort((a, b) => a.width - b.width || a.format.localeCompare(b.format))
    .map((variant) => ({ width: variant.width, height: variant.height, format: variant.format, url: urlOf(variant.storage_key), bytes: variant.bytes }));
  const fallbacks = variants.filter((variant) => variant.format === 'jpeg' || variant.format === 'png');
  const fallback = fallbacks.filter((variant) => variant.width <= fallbackSrcWidth).at(-1) ?? fallbacks[0];
  return {
    id: row.id,
    originalFilename: row.original_filename,
    originalFormat: row.original_format as ImageType,
    originalBytes: row.original_bytes,
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    uploadedBy: row.uploaded_by,
    createdAt: new Date(row.created_at),
    variants,
    fallbackUrl: fallback?.url ?? '',
  };
}

function matching(db: Db, query: string | undefined) {
  const base = db.selectFrom('media');
  if (!query?.trim()) return base;
  const pattern = `%${query.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  const like = (column: 'original_filename' | 'alt' | 'caption' | 'credit'): Expression<SqlBool> => sql<SqlBool>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`;
  return base.where((eb) => eb.or([like('original_filename'), like('alt'), like('caption'), like('credit')]));
}

/** The editor's picker: matching rows newest first, by keyset (strictly older than `before`), at most `limit`. */
export async function searchMediaRows(db: Db, query: string | undefined, before: { createdAt: string; id: number } | undefined, limit: number): Promise<MediaRow[]> {
  let rows = matching(db, query).selectAll();
  if (before) rows = rows.where((eb) => eb.or([eb('created_at', '<', before.createdAt), eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)])]));
  return rows.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function listMediaRows(db: Db, query: string | undefined, limit: number, offset: number): Promise<MediaRow[]> {
  return matching(db, query).selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

export async function countMedia(db: Db, query: string | undefined): Promise<number> {
  const row = await matching(db, query).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findMediaRow(db: Db, id: number): Promise<MediaRow | undefined> {
  return db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMediaIdByVariantKey(db: Db, storageKey: string): Promise<number | undefined> {
  const row = await db.selectFrom('media_variants').select('media_id').where('storage_key', '=', storageKey).executeTakeFirst();
  return row?.media_id;
}

export async function listVariantRows(db: Db, mediaIds: number[]): Promise<VariantRow[]> {
  if (mediaIds.length === 0) return [];
  return db.selectFrom('media_variants').selectAll().where('media_id', 'in', mediaIds).execute();
}

/** Of these ids, the media that exist and have alt text. */
export async function listIdsWithAlt(db: Db, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('media').select('id').where('id', 'in', ids).where(sql<SqlBool>`trim(${sql.ref('alt')}) <> ''`).execute();
  return rows.map((row) => row.id);
}

export async function insertMedia(db: Db, values: Omit<MediaRow, 'id'>): Promise<number> {
  const row = await db.insertInto('media').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertVariants(db: Db, values: VariantRow[]): Promise<void> {
  await db.insertInto('media_variants').values(values).execute();
}

export async function updateMediaRow(db: Db, id: number, values: Partial<Pick<MediaRow, 'alt' | 'caption' | 'credit' | 'updated_at'>>): Promise<void> {
  await db.updateTable('media').set(values).where('id', '=', id).execute();
}

export async function deleteVariantRows(db: Db, mediaId: number): Promise<void> {
  await db.deleteFrom('media_variants').where('media_id', '=', mediaId).execute();
}

export async function deleteMediaRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('media').where('id', '=', id).execute();
}
