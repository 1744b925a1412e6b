// schema.org ProfilePage for an author's page: its main entity is the Person, with the links
// they list as sameAs. Built from `Person`, which has no email, so none can appear here.
import { type Person, personPath } from '../../people/people.ts';
import { absoluteUrl } from '../absolute-url.ts';
import type { JsonLd } from './json-ld.ts';

export function profilePageJsonLd(person: Person, baseUrl: string): JsonLd {
  const url = absoluteUrl(baseUrl, personPath(person));
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    mainEntity: {
      '@type': 'Person',
      name: person.name,
      url,
      ...(person.roleTitle && { jobTitle: person.roleTitle }),
      ...(person.bio && { description: person.bio }),
      ...(person.avatarUrl && { image: absoluteUrl(baseUrl, person.avatarUrl) }),
      ...(person.links.length > 0 && { sameAs: person.links.map((link) => link.url) }),
    },
  };
}
