// A static file served from memory (stylesheets, the admin's scripts) in the encoding a client
// accepts: brotli and gzip made once, in the background, at start; identity until they are ready.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { acceptedEncodings } from './page-cache.ts';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export interface EncodedBody {
  body: Buffer;
  /** The Content-Encoding to send, if any. */
  encoding?: 'br' | 'gzip';
}

export function createStaticBody(identity: Buffer): { pick(acceptEncoding: string | undefined): EncodedBody; ready: Promise<void> } {
  let encoded: { br: Buffer; gzip: Buffer } | undefined;
  const ready = Promise.all([brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }), gzip(identity, { level: 9 })]).then(([br, gz]) => {
    encoded = { br, gzip: gz };
  });
  ready.catch(() => {}); // identity is served if compression ever fails
  return {
    ready,
    pick(acceptEncoding) {
      if (!encoded || !acceptEncoding) return { body: identity };
      const accepted = acceptedEncodings(acceptEncoding);
      if (accepted.has('br')) return { body: encoded.br, encoding: 'br' };
      if (accepted.has('gzip')) return { body: encoded.gzip, encoding: 'gzip' };
      return { body: identity };
    },
  };
}
