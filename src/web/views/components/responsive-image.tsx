// An uploaded image at the size the reader's screen needs: `<picture>` offers AVIF, then WebP,
// then the JPEG or PNG fallback, each as a srcset of widths; `sizes` says how wide it is shown.
// Width and height are the widest variant's, so the page keeps the right shape while it loads.
import type { MediaItem, MediaVariant, VariantFormat } from '../../../media/media.ts';

type ResponsiveMedia = Pick<MediaItem, 'alt' | 'variants' | 'fallbackUrl'>;

function srcsetOf(variants: MediaVariant[], formats: VariantFormat[]): string {
  return variants
    .filter((variant) => formats.includes(variant.format))
    .sort((a, b) => a.width - b.width)
    .map((variant) => `${variant.url} ${variant.width}w`)
    .join(', ');
}

export function ResponsiveImage({ media, sizes, eager = false, className }: { media: ResponsiveMedia; sizes: string; eager?: boolean; className?: string }) {
  const fallbacks = media.variants.filter((variant) => variant.format === 'jpeg' || variant.format === 'png');
  const widest = fallbacks.reduce<MediaVariant | undefined>((best, variant) => (best && best.width >= variant.width ? best : variant), undefined);
  const avif = srcsetOf(media.variants, ['avif']);
  const webp = srcsetOf(media.variants, ['webp']);
  return (
    <picture>
      {avif ? <source type="image/avif" srcset={avif} sizes={sizes} /> : null}
      {webp ? <source type="image/webp" srcset={webp} sizes={sizes} /> : null}
      <img
        class={className}
        src={media.fallbackUrl}
        srcset={srcsetOf(media.variants, ['jpeg', 'png']) || undefined}
        sizes={sizes}
        alt={media.alt}
        width={widest?.width}
        height={widest?.height}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
        {...(eager ? { fetchpriority: 'high' } : {})}
      />
    </picture>
  );
}
