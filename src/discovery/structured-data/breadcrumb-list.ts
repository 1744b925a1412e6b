// schema.org BreadcrumbList: the trail from the home page down to this page, positions from 1.
import { absoluteUrl } from '../absolute-url.ts';
import type { JsonLd } from './json-ld.ts';

export function breadcrumbListJsonLd(trail: { name: string; path: string }[], baseUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absoluteUrl(baseUrl, crumb.path) })),
  };
}
