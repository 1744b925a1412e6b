// Draws the demo publication's pictures: flat, calm illustrations built as SVG from a motif, a
// hue and a seed, then encoded by sharp. No downloads and no stock photos: every picture is
// made here, and the same seed always draws the same picture.
import type { DemoImage } from './demo-types.ts';

function random(seed: string): () => number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

const hsl = (h: number, s: number, l: number) => `hsl(${Math.round(((h % 360) + 360) % 360)} ${s}% ${l}%)`;

function ridge(rand: () => number, width: number, base: number, amplitude: number, steps: number): string {
  const points = Array.from({ length: steps + 1 }, (_, i) => `${(i * width) / steps},${base - rand() * amplitude}`);
  return `M0,${base + amplitude} L${points.join(' L')} L${width},${base + amplitude * 4} L0,${base + amplitude * 4} Z`;
}

function scene(image: DemoImage, width: number, height: number, rand: () => number): string {
  const { hue } = image;
  const sky = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(hue, 45, image.motif === 'night' ? 14 : 78)}"/><stop offset="1" stop-color="${hsl(hue + 25, 50, image.motif === 'night' ? 30 : 90)}"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#sky)"/>`;
  const sun = `<circle cx="${width * (0.2 + rand() * 0.6)}" cy="${height * (0.18 + rand() * 0.2)}" r="${height * 0.09}" fill="${hsl(hue + 180, 70, image.motif === 'night' ? 88 : 70)}" opacity="0.9"/>`;
  const layers = (count: number, lightFrom: number, shape: (i: number) => string) =>
    Array.from({ length: count }, (_, i) => `<path d="${shape(i)}" fill="${hsl(hue + i * 8, 35, lightFrom - i * 12)}"/>`).join('');
  switch (image.motif) {
    case 'mountains':
      return sky + sun + layers(4, 62, (i) => ridge(rand, width, height * (0.45 + i * 0.13), height * (0.28 - i * 0.04), 6 + i * 3));
    case 'fields':
    case 'desert':
      return sky + sun + layers(5, image.motif === 'desert' ? 72 : 58, (i) => ridge(rand, width, height * (0.55 + i * 0.1), height * 0.05, 3));
    case 'water':
      return sky + sun + layers(4, 55, (i) => `M0,${height * (0.55 + i * 0.11)} Q${width * 0.25},${height * (0.5 + i * 0.11 + rand() * 0.05)} ${width * 0.5},${height * (0.55 + i * 0.11)} T${width},${height * (0.55 + i * 0.11)} L${width},${height} L0,${height} Z`);
    case 'forest': {
      const trees = Array.from({ length: 28 }, () => {
        const x = rand() * width;
        const h = height * (0.25 + rand() * 0.3);
        const base = height * (0.8 + rand() * 0.2);
        return `<path d="M${x},${base - h} L${x + h * 0.22},${base} L${x - h * 0.22},${base} Z" fill="${hsl(hue + rand() * 30, 40, 25 + rand() * 20)}"/>`;
      }).join('');
      return sky + sun + trees;
    }
    case 'city':
    case 'night': {
      const towers = Array.from({ length: 18 }, (_, i) => {
        const w = width / 14;
        const h = height * (0.2 + rand() * 0.5);
        const x = (i / 18) * width + rand() * 20 - 10;
        const windows = image.motif === 'night' ? Array.from({ length: 6 }, () => `<rect x="${x + rand() * (w - 10)}" y="${height - h + rand() * (h - 12)}" width="6" height="8" fill="${hsl(50, 90, 75)}"/>`).join('') : '';
        return `<rect x="${x}" y="${height - h}" width="${w}" height="${h}" fill="${hsl(hue + 200, 15, image.motif === 'night' ? 12 + rand() * 10 : 35 + rand() * 25)}"/>${windows}`;
      }).join('');
      return sky + sun + towers;
    }
    case 'abstract': {
      const shapes = Array.from({ length: 14 }, () => `<circle cx="${rand() * width}" cy="${rand() * height}" r="${height * (0.05 + rand() * 0.3)}" fill="${hsl(hue + rand() * 90, 55, 40 + rand() * 35)}" opacity="0.7"/>`).join('');
      return sky + shapes;
    }
  }
}

export async function drawIllustration(image: DemoImage, seed: string, width = 1200, height = 675): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${scene(image, width, height, random(seed))}</svg>`;
  const sharp = (await import('sharp')).default;
  return sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
}

/** A portrait-shaped silhouette on a tinted ground, for people without a photograph. */
export async function drawPortrait(hue: number, seed: string, size = 240): Promise<Buffer> {
  const rand = random(seed);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
    <rect width="100" height="100" fill="${hsl(hue, 40, 82)}"/>
    <circle cx="${50 + rand() * 6 - 3}" cy="40" r="${17 + rand() * 3}" fill="${hsl(hue + 20, 30, 38)}"/>
    <path d="M18,100 Q20,66 50,64 Q80,66 82,100 Z" fill="${hsl(hue + 200, 30, 30 + rand() * 15)}"/>
  </svg>`;
  const sharp = (await import('sharp')).default;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
}
