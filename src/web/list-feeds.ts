// The feed of each kind of list page, with the one title used both inside the feed and in the
// page's <link rel="alternate">, so a reader's feed list matches what the page announced.
import { type Section, sectionPath, tagPath, type TagRef } from '../content/content.ts';
import { type Person, personPath } from '../people/people.ts';
import type { SiteSettings } from '../settings/site-settings.ts';
import type { Strings } from './strings.ts';

export interface ListFeed {
  pagePath: string;
  title: string;
  description: string;
}

export const siteFeed = (site: SiteSettings): ListFeed => ({ pagePath: '/', title: site.title, description: site.tagline });

export const sectionFeed = (section: Section, site: SiteSettings): ListFeed => ({ pagePath: sectionPath(section), title: `${section.name} | ${site.title}`, description: section.description });

export const tagFeed = (tag: TagRef, site: SiteSettings, strings: Strings): ListFeed => ({ pagePath: tagPath(tag), title: `${strings.tagHeading(tag.name)} | ${site.title}`, description: '' });

export const authorFeed = (person: Person, site: SiteSettings, strings: Strings): ListFeed => ({ pagePath: personPath(person), title: `${person.name} | ${site.title}`, description: strings.articlesBy(person.name) });
