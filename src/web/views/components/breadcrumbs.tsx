// The trail from the home page down to a section front or an article's section (Home › World ›
// Europe): a visible nav for readers, and the same trail as schema.org BreadcrumbList for
// search engines (discovery/structured-data), so both always agree.
import { type Section, sectionTrail } from '../../../content/content.ts';
import { breadcrumbListJsonLd } from '../../../discovery/structured-data/breadcrumb-list.ts';
import type { JsonLd } from '../../../discovery/structured-data/json-ld.ts';
import type { PageContext } from '../page-context.ts';

export interface Crumb {
  name: string;
  path: string;
}

/** Home, then the section's ancestors and the section itself. */
export function sectionCrumbs(ctx: PageContext, section: Pick<Section, 'id' | 'name' | 'path'>): Crumb[] {
  const trail = sectionTrail(ctx.sections, section.id);
  return [{ name: ctx.strings.home, path: '/' }, ...(trail.length > 0 ? trail : [section]).map((s) => ({ name: s.name, path: s.path }))];
}

export const breadcrumbsJsonLd = (crumbs: Crumb[], ctx: PageContext): JsonLd => breadcrumbListJsonLd(crumbs.map((crumb, i) => (i === 0 ? { ...crumb, name: ctx.site.title } : crumb)), ctx.baseUrl);

/** `current`: the last crumb is this page (a section front), marked aria-current and not a link. */
export function Breadcrumbs({ crumbs, ctx, current = false }: { crumbs: Crumb[]; ctx: PageContext; current?: boolean }) {
  return (
    <nav class="breadcrumbs" aria-label={ctx.strings.breadcrumb}>
      <ol>
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1;
          if (last && current) return <li aria-current="page">{crumb.name}</li>;
          return (
            <li>
              <a href={crumb.path} class={i > 0 ? 'section-label' : undefined}>
                {crumb.name}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
