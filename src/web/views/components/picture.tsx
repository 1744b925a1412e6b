// A featured image: width and height always set so the page does not shift as it loads.
import type { FeaturedImage } from '../../../content/content.ts';
import type { Strings } from '../../strings.ts';

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

export function FeaturedFigure({ image, strings }: { image: FeaturedImage; strings: Strings }) {
  return (
    <figure class="featured-image">
      <Picture image={image} eager />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span class="credit"> {image.credit.includes(':') ? image.credit : `${strings.photo}: ${image.credit}`}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
