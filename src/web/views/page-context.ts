// What every public page needs besides its own data: the site's settings, the navigation,
// the strings dictionary and where the stylesheet lives. Built once per request by the routes.
import type { Navigation, Section } from '../../content/content.ts';
import type { JsonLd } from '../../discovery/structured-data/json-ld.ts';
import type { SiteSettings } from '../../settings/site-settings.ts';
import type { IconLink } from '../site-icon.ts';
import type { KeptRegion } from '../render.ts';
import type { Strings } from '../strings.ts';

export interface PageContext {
  site: SiteSettings;
  sections: Section[];
  /** The header and footer menus. */
  navigation: Navigation;
  strings: Strings;
  baseUrl: string;
  stylesheetHref: string;
  /** The site icon's <link rel="icon"> tags (web/site-icon.ts). */
  icons: IconLink[];
  /** Section slug highlighted in the navigation. */
  currentSection?: string;
  now: Date;
  /** The site's chrome kept between renders (web/site-chrome.tsx): Document places these markers instead of rendering it. */
  chrome?: SiteChrome;
}

/** Kept regions every public page shares: the site's feed links and the head's tail, the header and the footer. */
export interface SiteChrome {
  siteFeeds: KeptRegion;
  headTail: KeptRegion;
  header: KeptRegion;
  footer: KeptRegion;
}

export interface PageMeta {
  title: string;
  description?: string;
  /** Path of the canonical URL; made absolute with the base URL. */
  canonicalPath: string;
  /** Open Graph type. */
  type?: 'website' | 'article' | 'profile';
  image?: string | null;
  imageAlt?: string;
  noindex?: boolean;
  /** This page's own feeds, announced with <link rel="alternate">; the site's are on every page. */
  feeds?: { title: string; href: string; type: string }[];
  /** Paths of the neighbouring pages of a paginated list (<link rel="prev|next">). */
  prev?: string;
  next?: string;
  /** Open Graph article:* properties, for og:type article. */
  article?: { publishedTime: Date; modifiedTime: Date; section: string; authorUrls: string[]; tags: string[] };
  /** schema.org objects, each written as a JSON-LD data block. */
  structuredData?: JsonLd[];
}
