// Pages: standing text a newsroom keeps at one address (About, Contact, Corrections policy,
// Ethics). Unlike articles they have no dateline, byline or publication time readers see;
// they share the site's first path segment with sections, so a slug is unique across both.
export type PageStatus = 'draft' | 'published';

export interface SitePage {
  id: number;
  slug: string;
  title: string;
  /** For search engines and link previews. */
  description: string;
  bodyMarkdown: string;
  bodyHtml: string;
  status: PageStatus;
  createdAt: Date;
  updatedAt: Date;
}

export interface PageInput {
  title: string;
  slug?: string;
  description?: string;
  bodyMarkdown: string;
  status: PageStatus;
}

export const pagePath = (page: { slug: string }) => `/${page.slug}`;
