// Compresses a cached page once, off the request path (zlib's thread pool): gzip and brotli
// bodies kept beside the identity body. A page with a token slot (token-slot.ts) is encoded so
// the slot stays patchable in place: in gzip, a stored deflate block between two deflate runs;
// in brotli, the slot and the few bytes after it as hand-written uncompressed meta-blocks after
// a flushed compressed head. Both are proven once by decoding them with a test token.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { fillGzipSlot, fillSlot, type Slotted, slotWidth } from './token-slot.ts';

const deflateRaw = promisify(zlib.deflateRaw);
const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
const { constants } = zlib;

export interface GzipBody {
  body: Buffer;
  /** Offset of the slot in `body`, or -1. */
  slot: number;
}

export interface BrotliBody {
  body: Buffer;
  slot: number;
}

export interface CompressedPage {
  gzip: GzipBody;
  br: BrotliBody;
}

export interface CompressOptions {
  /** Brotli quality 0–11. 11 costs several times 10's CPU for under 1 % fewer bytes. */
  brotliQuality?: number;
}

const testToken = 'verify.'.padEnd(slotWidth, 'x');

export async function compressPage(page: Slotted, options: CompressOptions = {}): Promise<CompressedPage> {
  const quality = options.brotliQuality ?? 10;
  if (page.offset < 0) {
    const [gz, br] = await Promise.all([gzip(page.body, { level: 9 }), brotli(page.body, brotliParams(page.body.length, quality))]);
    return { gzip: { body: gz, slot: -1 }, br: { body: br, slot: -1 } };
  }
  const [gz, br] = await Promise.all([slottedGzip(page), slottedBrotli(page, quality)]);
  const expected = fillSlot(page.body, page.offset, testToken);
  if (!zlib.gunzipSync(fillGzipSlot(gz.body, gz.slot, page.body, page.offset, testToken)).equals(expected)) {
    throw new Error('A slotted gzip body did not decode to its page.'); // a bug, never data-dependent
  }
  if (!zlib.brotliDecompressSync(fillSlot(br.body, br.slot, testToken)).equals(expected)) throw new Error('A slotted brotli body did not decode to its page.');
  return { gzip: gz, br };
}

function brotliParams(size: number, quality: number): zlib.BrotliOptions {
  return { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: size } };
}

async function slottedGzip(page: Slotted): Promise<GzipBody> {
  const before = page.body.subarray(0, page.offset);
  const after = page.body.subarray(page.offset + slotWidth);
  const [head, tail] = await Promise.all([deflateRaw(before, { level: 9, finishFlush: constants.Z_SYNC_FLUSH }), deflateRaw(after, { level: 9 })]);
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff]);
  // A stored block, not final: BFINAL 0, BTYPE 00, then LEN and its one's complement.
  const stored = Buffer.from([0, slotWidth, 0, ~slotWidth & 0xff, 0xff]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(zlib.crc32(page.body) >>> 0, 0);
  trailer.writeUInt32LE(page.body.length >>> 0, 4);
  const slot = header.length + head.length + stored.length;
  return { body: Buffer.concat([header, head, stored, page.body.subarray(page.offset, page.offset + slotWidth), tail, trailer]), slot };
}

async function slottedBrotli(page: Slotted, quality: number): Promise<BrotliBody> {
  // Everything before the slot, compressed and flushed to a byte boundary; the slot and what
  // follows it (the page puts the token last: a few dozen bytes) as uncompressed meta-blocks;
  // then an empty last meta-block. No encoder state has to carry across the hand-written part.
  const head = await brotli(page.body.subarray(0, page.offset), { ...brotliParams(page.body.length, quality), finishFlush: constants.BROTLI_OPERATION_FLUSH });
  const parts: Buffer[] = [head];
  const rest = page.body.subarray(page.offset);
  for (let at = 0; at < rest.length; at += 65536) {
    const raw = rest.subarray(at, at + 65536);
    // Header bits from the lowest: ISLAST 0, MNIBBLES 4 (00), MLEN-1 in 16 bits, ISUNCOMPRESSED 1, padding.
    const bits = ((raw.length - 1) << 3) | (1 << 19);
    parts.push(Buffer.from([bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff]), raw);
  }
  parts.push(Buffer.from([0b11])); // ISLAST 1, ISLASTEMPTY 1
  return { body: Buffer.concat(parts), slot: head.length + 3 };
}
