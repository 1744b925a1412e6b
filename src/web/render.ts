// Turns a page's JSX into the bytes sent to the reader. Preact escapes every interpolated
// value; the only raw HTML is the article body, sanitized when it was saved.
// Regions kept between renders (cache/fragment-memo.ts) are kept as bytes: the page marks
// their place with a text of letters no reader can write (it carries a nonce drawn at start and
// never sent: renderPage replaces it), and renderPage splices the bytes in, so a long comment
// thread is neither rendered nor encoded again.
import { randomBytes } from 'node:crypto';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** A region rendered once: its bytes, and the marker a view places (as text) where they go. */
export interface KeptRegion {
  marker: string;
  bytes: Buffer;
}

const nonce = randomBytes(12).toString('hex');
let regionsMade = 0;

export function renderPage(page: VNode, regions: readonly KeptRegion[] = []): Buffer {
  const bytes = Buffer.from('<!doctype html>' + render(page), 'utf8');
  if (regions.length === 0) return bytes;
  const pieces: Buffer[] = [];
  let at = 0;
  for (const region of regions) {
    const found = bytes.indexOf(region.marker, at);
    if (found < 0) continue;
    pieces.push(bytes.subarray(at, found), region.bytes);
    at = found + Buffer.byteLength(region.marker);
  }
  pieces.push(bytes.subarray(at));
  return Buffer.concat(pieces);
}

/** A region rendered alone, kept as bytes and placed into pages by renderPage (in page order). */
export function renderRegion(region: VNode): KeptRegion {
  return { marker: `byline-region-${nonce}-${regionsMade++}`, bytes: Buffer.from(render(region), 'utf8') };
}
