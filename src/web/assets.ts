// The site's stylesheet, read once and served under a content hash so browsers may keep it
// for a year: a new deploy with new CSS gets a new URL.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface Asset {
  path: string;
  body: Buffer;
  contentType: string;
}

export function loadStylesheet(): Asset {
  const body = readFileSync(new URL('./assets/site.css', import.meta.url));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { path: `/assets/site.${hash}.css`, body, contentType: 'text/css; charset=utf-8' };
}
