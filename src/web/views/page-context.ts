// What every public page needs besides its own data: the site's settings, the navigation,
// the strings dictionary and where the stylesheet lives. Built once per request by the routes.
import type { Section } from '../../content/content.ts';
import type { SiteSettings } from '../../settings/site-settings.ts';
import type { Strings } from '../strings.ts';

export interface PageContext {
  site: SiteSettings;
  sections: Section[];
  strings: Strings;
  baseUrl: string;
  stylesheetHref: string;
  /** Section slug highlighted in the navigation. */
  currentSection?: string;
  now: Date;
}

export interface PageMeta {
  title: string;
  description?: string;
  /** Path of the canonical URL; made absolute with the base URL. */
  canonicalPath: string;
  /** Open Graph type. */
  type?: 'website' | 'article' | 'profile';
  image?: string | null;
  noindex?: boolean;
}
