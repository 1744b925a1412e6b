// Sections of The Meridian Ledger, the fictional demo publication, in navigation order.
// Slugs become URL prefixes, so none may collide with reserved routes (tag, author, api, …).
import type { DemoSection } from '../demo-types.ts';

export const demoSections: DemoSection[] = [
  {
    slug: 'world',
    name: 'World',
    description: 'Reporting from our correspondents on diplomacy, conflict and daily life around the globe.',
  },
  {
    slug: 'politics',
    name: 'Politics',
    description: 'Elections, parliaments and the people who run them, explained without the noise.',
  },
  {
    slug: 'business',
    name: 'Business',
    description: 'Markets, companies, central banks and the household economics behind the headlines.',
  },
  {
    slug: 'science',
    name: 'Science',
    description: 'Discoveries, expeditions and the sometimes messy process of finding things out.',
  },
  {
    slug: 'climate',
    name: 'Climate',
    description: 'How a warming world is changing water, food, energy and the places people live.',
  },
  {
    slug: 'culture',
    name: 'Culture',
    description: 'Books, film, music and architecture, reviewed and reported by people who care about them.',
  },
];
