// Which files an upload becomes: for each width, AVIF and WebP for browsers that take them and a
// fallback (JPEG for photos, PNG when the image has transparency). Never wider than the original:
// the standard widths below it, plus the original's own width (capped at the widest standard).
import type { VariantFormat } from './media-item.ts';

export const variantWidths = [480, 800, 1200, 1600] as const;
export const maxVariantWidth = Math.max(...variantWidths);

/** The widest fallback an `<img src>` names: big enough for an article column. */
export const fallbackSrcWidth = 1200;

export interface PlannedVariant {
  width: number;
  height: number;
  format: VariantFormat;
}

export function planWidths(originalWidth: number): number[] {
  const widest = Math.min(originalWidth, maxVariantWidth);
  const widths: number[] = variantWidths.filter((width) => width < widest);
  return [...widths, widest];
}

export function fallbackFormat(hasAlpha: boolean): 'jpeg' | 'png' {
  return hasAlpha ? 'png' : 'jpeg';
}

export function planVariants(original: { width: number; height: number; hasAlpha: boolean }): PlannedVariant[] {
  const formats: VariantFormat[] = ['avif', 'webp', fallbackFormat(original.hasAlpha)];
  return planWidths(original.width).flatMap((width) => {
    const height = Math.max(1, Math.round((original.height * width) / original.width));
    return formats.map((format) => ({ width, height, format }));
  });
}
