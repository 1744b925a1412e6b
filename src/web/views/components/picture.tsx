// A featured image: width and height always set so the page does not shift as it loads.
import type { FeaturedImage } from '../../../content/content.ts';
import type { MediaItem } from '../../../media/media.ts';
import type { Strings } from '../../strings.ts';
import { ResponsiveImage } from './responsive-image.tsx';

export function Picture({ image, eager = false, className }: { image: FeaturedImage; eager?: boolean; className?: string }) {
  return (
    <img
      class={className}
      src={image.url}
      alt={image.alt}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      {...(eager ? { fetchpriority: 'high' } : {})}
    />
  );
}

/** `media`, when the image came from the library, adds AVIF/WebP and sizes for each screen. */
export function FeaturedFigure({ image, strings, media }: { image: FeaturedImage; strings: Strings; media?: Pick<MediaItem, 'variants' | 'fallbackUrl'> | undefined }) {
  return (
    <figure class="featured-image">
      {media ? <ResponsiveImage media={{ ...media, alt: image.alt }} sizes="(min-width: 48rem) 45rem, 100vw" eager /> : <Picture image={image} eager />}
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span class="credit"> {image.credit.includes(':') ? image.credit : `${strings.photo}: ${image.credit}`}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
