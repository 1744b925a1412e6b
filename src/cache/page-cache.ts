// Rendered public pages in memory, as Buffers: a page view is a map lookup and a write. Each
// page records the keys it was built from (`a:12` an article, `c:12` its comments, `nav`, …; see
// web/page-keys.ts) and `purge(keys)` drops exactly the pages built from any of them. Entries
// live within a byte budget, least recently used first out; a long TTL is only a safety net. A hit
// only stamps its entry (a counter); the order is put right when an eviction needs it.
// Each page is kept as identity, gzip and brotli bodies (compressed once, in the background),
// with a slot for the comment form's token that is filled afresh on every serve (token-slot.ts)
// and an offset where a reader's own held comments go, for the one reader who has them.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { Clock } from '../clock.ts';
import { type CompressedPage, compressPage } from './compress-page.ts';
import { createKeyIndex } from './key-index.ts';
import { findTokenMarker, gzipTrailer, slotFiller, slotText, slotWidth } from './token-slot.ts';

export { tokenMarker as formTokenPlaceholder } from './token-slot.ts';

/** Where a view puts the reader's own comments awaiting moderation; empty for everyone else. */
export const personalMarker = '__BYLINE_PERSONAL__';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface CachedPage {
  identity: Buffer;
  /** Offset of the token slot in `identity`, or -1. */
  slot: number;
  /** The CRC-32 of `identity` up to the slot, for a gzip body's trailer once the token is in. */
  crcBeforeSlot: number;
  tokenArticleId: number | null;
  /** Offset in `identity` where a reader's personal fragment goes, or -1. */
  personalOffset: number;
  compressed?: CompressedPage;
  etag: string;
  headers: Record<string, string>;
  keys: string[];
  bytes: number;
  storedAt: number;
}

export interface PageCacheOptions {
  clock: Clock;
  /** The byte budget of all bodies together; 0 turns the cache off. */
  maxBytes?: number;
  ttlMs?: number;
  /** Compress stored pages (default true). */
  compress?: boolean;
  onError?: (error: unknown) => void;
}

export type PageCache = ReturnType<typeof createPageCache>;

const entryOverhead = 512;

/** An entry as the cache holds it: in `entries` in the order of `placedAt`; `usedAt` ≥ `placedAt`. */
interface Held {
  page: CachedPage;
  placedAt: number;
  usedAt: number;
}

export function createPageCache({ clock, maxBytes = 64 * 1024 * 1024, ttlMs = 10 * 60_000, compress = true, onError = () => {} }: PageCacheOptions) {
  const entries = new Map<string, Held>();
  let tick = 0;
  const byKey = createKeyIndex();
  const pending = new Set<Promise<void>>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  let purged = 0;

  function remove(url: string): void {
    const entry = entries.get(url)?.page;
    if (!entry) return;
    entries.delete(url);
    bytes -= entry.bytes;
    byKey.delete(url, entry.keys);
  }

  function clear(): void {
    entries.clear();
    byKey.clear();
    bytes = 0;
  }

  function evict(): void {
    while (bytes > maxBytes && entries.size > 0) {
      const [url, first] = entries.entries().next().value!;
      // The first placed, if not used since, is the least recently used: every other entry was
      // placed (and so used) after it. If it was used, reorder every entry by last use, once.
      if (first.usedAt === first.placedAt) remove(url);
      else reorderByUse();
    }
  }

  function reorderByUse(): void {
    const held = [...entries].sort(([, a], [, b]) => a.usedAt - b.usedAt);
    entries.clear();
    for (const [url, entry] of held) {
      entry.placedAt = entry.usedAt;
      entries.set(url, entry);
    }
  }

  function attach(url: string, entry: CachedPage, compressed: CompressedPage): void {
    if (entries.get(url)?.page !== entry) return; // purged or replaced meanwhile
    const extra = compressed.gzip.body.length + (compressed.br?.body.length ?? 0);
    entry.compressed = compressed;
    entry.bytes += extra;
    bytes += extra;
    evict();
  }

  return {
    enabled: maxBytes > 0,

    get(url: string): CachedPage | undefined {
      const held = entries.get(url);
      if (!held || clock.now().getTime() - held.page.storedAt > ttlMs) {
        if (held) remove(url);
        misses++;
        return undefined;
      }
      held.usedAt = ++tick;
      hits++;
      return held.page;
    },

    /** Stores a page built from `keys`; returns the entry so the first response is served the same way. */
    set(url: string, page: Buffer, headers: Record<string, string>, keys: Iterable<string>): CachedPage {
      const entry = prepare(page, headers, [...new Set(keys)], clock.now().getTime());
      if (maxBytes <= 0 || entry.bytes > maxBytes / 2) return entry;
      remove(url);
      const placedAt = ++tick;
      entries.set(url, { page: entry, placedAt, usedAt: placedAt });
      bytes += entry.bytes;
      byKey.add(url, entry.keys);
      evict();
      if (compress) {
        const job = compressPage({ body: entry.identity, offset: entry.slot, articleId: entry.tokenArticleId })
          .then((compressed) => attach(url, entry, compressed))
          .catch(onError)
          .finally(() => pending.delete(job));
        pending.add(job);
      }
      return entry;
    },

    /** A page that is not kept (private, an error) but is served the same way. */
    wrap: (page: Buffer): CachedPage => prepare(page, {}, [], 0, false),

    /** Drops every page built from any of these keys ('*': every page); returns how many. */
    purge(keys: Iterable<string>): number {
      const before = entries.size;
      for (const key of keys) {
        if (key === '*') {
          clear();
          break;
        }
        for (const url of byKey.named(key)) remove(url);
      }
      purged += before - entries.size;
      return before - entries.size;
    },

    clear,

    /** Resolves once pages stored so far have their compressed bodies. */
    async settled(): Promise<void> {
      while (pending.size > 0) await Promise.all([...pending]);
    },

    stats: () => ({ entries: entries.size, bytes, hits, misses, purged }),
  };
}

/** `tagged` false: no ETag (a page that is not kept is sent once, never compared: no hash of it). */
function prepare(page: Buffer, headers: Record<string, string>, keys: string[], storedAt: number, tagged = true): CachedPage {
  // One copy of the page: the personal marker dropped and the token's marker made a slot together.
  const personal = page.indexOf(personalMarker);
  const token = findTokenMarker(page);
  const cuts = [...(personal >= 0 ? [{ at: personal, length: personalMarker.length, with: Buffer.alloc(0) }] : []), ...(token ? [{ at: token.index, length: token.length, with: slotFiller }] : [])].sort((a, b) => a.at - b.at);
  const pieces: Buffer[] = [];
  let from = 0;
  let shift = 0;
  let personalOffset = -1;
  let slot = -1;
  for (const cut of cuts) {
    pieces.push(page.subarray(from, cut.at), cut.with);
    if (cut.with === slotFiller) slot = cut.at + shift;
    else personalOffset = cut.at + shift;
    shift += cut.with.length - cut.length;
    from = cut.at + cut.length;
  }
  pieces.push(page.subarray(from));
  const slotted = { body: cuts.length === 0 ? page : Buffer.concat(pieces), offset: slot, articleId: token?.articleId ?? null };
  return {
    identity: slotted.body,
    slot: slotted.offset,
    crcBeforeSlot: slotted.offset < 0 ? 0 : crc32(slotted.body.subarray(0, slotted.offset)),
    tokenArticleId: slotted.articleId,
    personalOffset,
    etag: tagged ? `W/"${createHash('sha1').update(slotted.body).digest('base64url').slice(0, 20)}"` : '',
    headers,
    keys,
    bytes: slotted.body.length + entryOverhead + keys.reduce((sum, key) => sum + key.length + 16, 0),
    storedAt,
  };
}

/** The best encoding this cache holds for an Accept-Encoding header. */
export function chooseEncoding(entry: CachedPage, acceptEncoding: string | undefined): Encoding {
  if (!entry.compressed || !acceptEncoding) return 'identity';
  const accepted = acceptedEncodings(acceptEncoding);
  if (entry.compressed.br && accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return 'identity';
}

/** The codings an Accept-Encoding header allows (q > 0); `*` stands for brotli and gzip. */
export function acceptedEncodings(header: string): ReadonlySet<string> {
  // Browsers send a handful of distinct headers: each is parsed once (a memo of at most 256
  // short headers, emptied when full, so odd headers cost only their parsing).
  if (header.length > 200) return parseAcceptEncoding(header);
  let accepted = acceptedByHeader.get(header);
  if (accepted === undefined) {
    if (acceptedByHeader.size >= 256) acceptedByHeader.clear();
    acceptedByHeader.set(header, (accepted = parseAcceptEncoding(header)));
  }
  return accepted;
}

const acceptedByHeader = new Map<string, ReadonlySet<string>>();

function parseAcceptEncoding(header: string): ReadonlySet<string> {
  const accepted = new Set<string>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && !(Number(q.slice(2)) > 0)) continue;
    if (name === '*') ['br', 'gzip'].forEach((e) => accepted.add(e));
    else accepted.add(name.trim());
  }
  return accepted;
}

/** The bytes to send in `encoding`, with `token` in the slot. */
export function pageBody(entry: CachedPage, encoding: Encoding, token: string | undefined): Buffer {
  const chunks = pageChunks(entry, encoding, token);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

/**
 * The same bytes as pieces that share the stored body's memory: the part before the slot, the
 * token, the part after (and, for gzip, a trailer with the recomputed CRC). Written in one
 * `writev`, a cache hit copies nothing.
 */
export function pageChunks(entry: CachedPage, encoding: Encoding, token: string | undefined): Buffer[] {
  const compressed = encoding === 'identity' ? undefined : entry.compressed;
  const stored = !compressed ? { body: entry.identity, slot: entry.slot } : encoding === 'br' ? compressed.br : compressed.gzip;
  const { body, slot } = stored;
  if (slot < 0) return [body];
  const filled = slotText(token ?? '');
  const pieces = [body.subarray(0, slot), filled];
  if (encoding !== 'gzip' || !compressed) return [...pieces, body.subarray(slot + slotWidth)];
  return [...pieces, body.subarray(slot + slotWidth, body.length - 8), gzipTrailer(entry.identity, entry.slot, filled, entry.crcBeforeSlot)];
}

/** A wrapped page's bytes with `token` written into its own slot: the page is this response's alone, so nothing is copied. */
export function onceBody(entry: CachedPage, token: string | undefined): Buffer {
  if (entry.slot >= 0) slotText(token ?? '').copy(entry.identity, entry.slot);
  return entry.identity;
}

/** The identity page with a reader's own fragment in its place: for that reader alone. */
export function personalBody(entry: CachedPage, fragment: string, token: string | undefined): Buffer {
  const page = pageBody(entry, 'identity', token);
  if (entry.personalOffset < 0 || fragment === '') return page;
  return Buffer.concat([page.subarray(0, entry.personalOffset), Buffer.from(fragment), page.subarray(entry.personalOffset)]);
}
