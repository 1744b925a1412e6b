// Where a section answers: its front at its path (/world/europe, up to maxSectionDepth segments)
// and its feeds below that (/world/europe/feed.xml). The section is found by the last segment,
// its own slug (unique site-wide); a path that names it under another parent (an old one) is
// answered with a 301 to the current path, as article paths are (routes/article.routes.tsx).
import type { Section, TaxonomyService } from '../content/content.ts';
import { maxSectionDepth } from '../content/content.ts';

type Params = Record<string, string>;

/** One route pattern per depth: /:s0, /:s0/:s1, … each followed by `suffix`. */
export const sectionRoutes = (suffix = ''): string[] => Array.from({ length: maxSectionDepth }, (_, depth) => `/${Array.from({ length: depth + 1 }, (_, i) => `:s${i}`).join('/')}${suffix}`);

export const slugsOf = (params: unknown): string[] =>
  Object.entries(params as Params)
    .filter(([key]) => /^s\d+$/.test(key))
    .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
    .map(([, value]) => value);

export interface SectionAt {
  section: Section;
  /** Every section (the cached list), for its trail and subtree. */
  sections: Section[];
  /** Whether the request named the section's current path. */
  current: boolean;
}

export async function findSectionAt(taxonomy: Pick<TaxonomyService, 'findSectionBySlug' | 'listSections'>, slugs: string[]): Promise<SectionAt | undefined> {
  const section = await taxonomy.findSectionBySlug(slugs[slugs.length - 1] ?? '');
  if (!section) return undefined;
  return { section, sections: await taxonomy.listSections(), current: section.path === `/${slugs.join('/')}` };
}

/** The same query string on another path (a redirect keeps ?before= and ?after=). */
export const withQuery = (path: string, url: string) => path + (url.includes('?') ? url.slice(url.indexOf('?')) : '');
