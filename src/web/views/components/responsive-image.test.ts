// The responsive picture markup: AVIF, WebP, then a JPEG or PNG img with srcset and sizes.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { MediaVariant } from '../../../media/media.ts';
import { ResponsiveImage } from './responsive-image.tsx';

const variant = (width: number, format: MediaVariant['format']): MediaVariant => ({ width, height: width / 2, format, url: `/media/uploads/2026/11/abc-x-${width}.${format}`, bytes: 1000 });
const media = {
  alt: 'Boats "in" the harbour',
  fallbackUrl: '/media/uploads/2026/11/abc-x-800.jpeg',
  variants: [480, 800].flatMap((width) => [variant(width, 'avif'), variant(width, 'jpeg'), variant(width, 'webp')]),
};

describe('ResponsiveImage', () => {
  it('offers AVIF, then WebP, then a JPEG img with srcset, sizes, dimensions and lazy loading', () => {
    const html = renderToString(h(ResponsiveImage, { media, sizes: '(min-width: 60em) 40em, 100vw' }));
    expect(html).toBe(
      '<picture>' +
        '<source type="image/avif" srcset="/media/uploads/2026/11/abc-x-480.avif 480w, /media/uploads/2026/11/abc-x-800.avif 800w" sizes="(min-width: 60em) 40em, 100vw"/>' +
        '<source type="image/webp" srcset="/media/uploads/2026/11/abc-x-480.webp 480w, /media/uploads/2026/11/abc-x-800.webp 800w" sizes="(min-width: 60em) 40em, 100vw"/>' +
        '<img src="/media/uploads/2026/11/abc-x-800.jpeg" srcset="/media/uploads/2026/11/abc-x-480.jpeg 480w, /media/uploads/2026/11/abc-x-800.jpeg 800w" sizes="(min-width: 60em) 40em, 100vw" alt="Boats &quot;in&quot; the harbour" width="800" height="400" loading="lazy" decoding="async"/>' +
        '</picture>',
    );
  });

  it('loads eagerly and with high priority when asked', () => {
    const html = renderToString(h(ResponsiveImage, { media, sizes: '100vw', eager: true }));
    expect(html).toContain('loading="eager"');
    expect(html).toContain('fetchpriority="high"');
  });
});
