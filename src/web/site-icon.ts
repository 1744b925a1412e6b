// The site's icon: BYLINE_SITE_ICON (an .svg, .png or .ico file), or Byline's own drawing
// (assets/site-icon.svg). Browsers ask for /favicon.ico whatever a page says, so it always
// answers: an .ico as given, anything else drawn at 16, 32 and 48 px as PNGs inside an ICO
// container. An SVG is also served as /favicon.svg, which the page head offers first. Made once
// at start, so a file that is not an image stops the start with the setting's name. The drawn ICO
// is kept in the data directory under a hash of its source, so later starts read it instead of
// loading sharp (libvips: about 26 MB resident, for the life of the process; docs/performance.md).
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

export interface IconLink {
  href: string;
  type: string;
  sizes?: string;
}

export interface SiteIcon {
  ico: Buffer;
  svg: Buffer | undefined;
}

const builtIn = new URL('./assets/site-icon.svg', import.meta.url);
const icoSizes = [16, 32, 48];

const isSvg = (file: string | undefined) => file === undefined || /\.svg$/i.test(file);

/** The <link rel="icon"> tags every public page carries, for this configuration. */
export function iconLinks(file: string | undefined): IconLink[] {
  const ico: IconLink = /\.ico$/i.test(file ?? '') ? { href: '/favicon.ico', type: 'image/x-icon' } : { href: '/favicon.ico', type: 'image/x-icon', sizes: icoSizes.map((n) => `${n}x${n}`).join(' ') };
  return isSvg(file) ? [{ href: '/favicon.svg', type: 'image/svg+xml' }, ico] : [ico];
}

/** An ICO file holding PNG images (allowed since Windows Vista; every current browser reads it). */
export function icoOf(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

async function drawIco(source: Buffer): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  const images = await Promise.all(icoSizes.map(async (size) => ({ size, png: await sharp(source, { density: 300 }).resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer() })));
  return icoOf(images);
}

/** The ICO drawn from `source`, from `cacheDir` when an earlier start drew it, else drawn and kept there. */
async function cachedIco(source: Buffer, cacheDir: string | undefined): Promise<Buffer> {
  if (cacheDir === undefined) return drawIco(source);
  const key = createHash('sha256').update(source).update(`sizes ${icoSizes.join(',')}`).digest('hex').slice(0, 32);
  const file = path.join(cacheDir, `site-icon-${key}.ico`);
  const kept = await readFile(file).catch(() => undefined);
  if (kept) return kept;
  const ico = await drawIco(source);
  // Written beside and renamed, so another worker never reads half; a read-only data dir just draws at every start.
  const temporary = `${file}.${process.pid}.tmp`;
  await mkdir(cacheDir, { recursive: true })
    .then(() => writeFile(temporary, ico))
    .then(() => rename(temporary, file))
    .catch(() => {});
  return ico;
}

/** The icon to serve; `cacheDir` (the data directory's cache/) keeps the drawn ICO between starts. */
export async function loadSiteIcon(file: string | undefined, cacheDir?: string): Promise<SiteIcon> {
  try {
    const source = await readFile(file ?? builtIn);
    if (file !== undefined && /\.ico$/i.test(file)) {
      if (source.length < 6 || source.readUInt16LE(0) !== 0 || source.readUInt16LE(2) !== 1) throw new Error('not an ICO file');
      return { ico: source, svg: undefined };
    }
    return { ico: await cachedIco(source, cacheDir), svg: isSvg(file) ? source : undefined };
  } catch (error) {
    throw new AppError('CONFIG_INVALID', `Byline's configuration is invalid:\n  - BYLINE_SITE_ICON is ${JSON.stringify(file)}, which could not be read as an icon (${(error as Error).message}); expected an .svg, .png or .ico file.`, { cause: error });
  }
}

export function registerSiteIcon(app: FastifyInstance, icon: SiteIcon): void {
  // A day: the address never changes, and a new icon (a restart) should reach readers soon.
  const cache = 'public, max-age=86400';
  app.get('/favicon.ico', async (_request, reply) => reply.type('image/x-icon').header('cache-control', cache).send(icon.ico));
  const svg = icon.svg;
  if (svg) app.get('/favicon.svg', async (_request, reply) => reply.type('image/svg+xml').header('cache-control', cache).send(svg));
}
