// A cached page may hold one slot that changes on every serve: the comment form's signed token.
// The slot has a fixed width and is filled with bytes no UTF-8 page can contain, so it is found
// exactly, nothing elsewhere in the page can match it, and every encoding can be patched in
// place: the identity body, the gzip body (a stored deflate block; its CRC is recomputed), and
// the brotli body (an uncompressed meta-block; brotli has no checksum). See compress-page.ts.
import { crc32 } from 'node:zlib';

/** The token's width: a 9-character base-36 time, a dot, a 32-character signature (form-token.ts). */
export const slotWidth = 42;

/** Bytes that never occur in UTF-8 (0xC0, 0xC1, 0xF5–0xFF), in an order with no repeated pair. */
export const slotFiller: Buffer = (() => {
  const symbols = [0xc0, 0xc1, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff];
  const out: number[] = [symbols[0]!];
  const pairs = new Set<number>();
  while (out.length < slotWidth) {
    const last = out[out.length - 1]!;
    const next = symbols.find((s) => s !== last && !pairs.has(last * 256 + s))!;
    pairs.add(last * 256 + next);
    out.push(next);
  }
  return Buffer.from(out);
})();

/** What a view writes where the token goes; the cache turns it into a slot. */
export const tokenMarker = (articleId: number) => `__BYLINE_FORM_TOKEN_${articleId}__`;
const markerStart = '__BYLINE_FORM_TOKEN_';

export interface Slotted {
  /** The page with the marker replaced by the filler. */
  body: Buffer;
  /** Where the filler starts; -1 when the page has no token. */
  offset: number;
  articleId: number | null;
}

/** The first marker's offset, its article id and its length; found in the bytes (a page is not decoded for it). */
export function findTokenMarker(page: Buffer): { index: number; articleId: number; length: number } | undefined {
  for (let index = page.indexOf(markerStart); index >= 0; index = page.indexOf(markerStart, index + 1)) {
    let end = index + markerStart.length;
    while (end < page.length && page[end]! >= 0x30 && page[end]! <= 0x39) end++;
    if (end > index + markerStart.length && page[end] === 0x5f && page[end + 1] === 0x5f) return { index, articleId: Number(page.subarray(index + markerStart.length, end).toString('latin1')), length: end + 2 - index };
  }
  return undefined;
}

export function makeSlot(page: Buffer): Slotted {
  const match = findTokenMarker(page);
  if (!match) return { body: page, offset: -1, articleId: null };
  const body = Buffer.concat([page.subarray(0, match.index), slotFiller, page.subarray(match.index + match.length)]);
  return { body, offset: match.index, articleId: match.articleId };
}

/** The token as the slot's exact bytes: padded or cut to its width. */
export function slotText(token: string): Buffer {
  return Buffer.from(token.padEnd(slotWidth, ' ').slice(0, slotWidth), 'latin1');
}

/**
 * The last 8 bytes of a gzip body whose slot sits in a stored block, once `filled` is in it: the
 * CRC-32 of the whole page, then its length (unchanged, since the slot keeps its width). The CRC
 * of the page up to the slot can be passed in, made once: only the token and the rest are read.
 */
export function gzipTrailer(identity: Buffer, identityOffset: number, filled: Buffer, crcBeforeSlot = crc32(identity.subarray(0, identityOffset))): Buffer {
  let crc = crc32(filled, crcBeforeSlot);
  crc = crc32(identity.subarray(identityOffset + slotWidth), crc);
  const trailer = Buffer.allocUnsafe(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(identity.length >>> 0, 4);
  return trailer;
}

/** A copy of `bytes` with the token written at `offset`. */
export function fillSlot(bytes: Buffer, offset: number, token: string): Buffer {
  const copy = Buffer.from(bytes);
  slotText(token).copy(copy, offset);
  return copy;
}

/** A copy of a slotted gzip body with the token in place and its trailer's CRC recomputed. */
export function fillGzipSlot(gzip: Buffer, offset: number, identity: Buffer, identityOffset: number, token: string): Buffer {
  const copy = fillSlot(gzip, offset, token);
  gzipTrailer(identity, identityOffset, slotText(token)).copy(copy, copy.length - 8);
  return copy;
}
