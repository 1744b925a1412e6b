// Variant planning: which widths and formats an upload becomes, never wider than the original.
import { describe, expect, it } from 'vitest';
import { planVariants, planWidths } from './plan-variants.ts';

describe('planWidths', () => {
  it('uses every standard width for a large original, capped at 1600', () => {
    expect(planWidths(4000)).toEqual([480, 800, 1200, 1600]);
  });

  it('never upscales, and keeps the original width as the widest', () => {
    expect(planWidths(1000)).toEqual([480, 800, 1000]);
    expect(planWidths(1200)).toEqual([480, 800, 1200]);
  });

  it('always plans at least one width, even for a tiny image', () => {
    expect(planWidths(120)).toEqual([120]);
    expect(planWidths(480)).toEqual([480]);
  });
});

describe('planVariants', () => {
  it('makes AVIF, WebP and a JPEG fallback for each width of a photo, keeping the shape', () => {
    expect(planVariants({ width: 1000, height: 500, hasAlpha: false })).toEqual([
      { width: 480, height: 240, format: 'avif' },
      { width: 480, height: 240, format: 'webp' },
      { width: 480, height: 240, format: 'jpeg' },
      { width: 800, height: 400, format: 'avif' },
      { width: 800, height: 400, format: 'webp' },
      { width: 800, height: 400, format: 'jpeg' },
      { width: 1000, height: 500, format: 'avif' },
      { width: 1000, height: 500, format: 'webp' },
      { width: 1000, height: 500, format: 'jpeg' },
    ]);
  });

  it('falls back to PNG when the image has transparency', () => {
    expect(planVariants({ width: 300, height: 300, hasAlpha: true }).map((v) => v.format)).toEqual(['avif', 'webp', 'png']);
  });

  it('never plans a height of zero for a very wide strip', () => {
    expect(planVariants({ width: 5000, height: 2, hasAlpha: false })[0]).toEqual({ width: 480, height: 1, format: 'avif' });
  });
});
