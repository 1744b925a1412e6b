// Section fronts and tag pages: a heading, an optional description, and a paginated list. A
// section front also has its breadcrumb trail and, for a parent, links to its subsections
// (whose stories its list includes, each then labelled with its own section).
import type { ArticleSummary } from '../../../content/content.ts';
import type { CursorPage } from '../../../pagination.ts';
import { Breadcrumbs, breadcrumbsJsonLd, type Crumb } from '../components/breadcrumbs.tsx';
import { ListPagination, listPageHref, listPageLinks, listPageTitle } from '../components/list-pagination.tsx';
import { StoryList } from '../components/story-card.tsx';
import { Document } from '../document.tsx';
import type { PageContext, PageMeta } from '../page-context.ts';

export interface ListingPageProps {
  ctx: PageContext;
  kind: 'section' | 'tag';
  heading: string;
  description?: string;
  path: string;
  stories: CursorPage<ArticleSummary>;
  feeds?: PageMeta['feeds'];
  /** A section front's trail, ending with the section itself. */
  crumbs?: Crumb[];
  subsections?: Crumb[];
}

export function ListingPage({ ctx, kind, heading, description, path, stories, feeds, crumbs, subsections = [] }: ListingPageProps) {
  return (
    <Document ctx={ctx} meta={{ title: listPageTitle(heading, stories, ctx.strings), description: description || undefined, canonicalPath: listPageHref(path, stories), ...listPageLinks(path, stories), ...(feeds && { feeds }), ...(crumbs && { structuredData: [breadcrumbsJsonLd(crumbs, ctx)] }) }}>
      <header class={`listing-header listing-${kind}`}>
        {crumbs ? <Breadcrumbs crumbs={crumbs} ctx={ctx} current /> : null}
        <h1>{heading}</h1>
        {description ? <p class="listing-description">{description}</p> : null}
        {subsections.length > 0 ? (
          <nav class="subsections" aria-label={ctx.strings.inThisSection}>
            <ul>
              {subsections.map((sub) => (
                <li>
                  <a href={sub.path}>{sub.name}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <StoryList stories={stories.items} ctx={ctx} showSection={kind !== 'section' || subsections.length > 0} showImages headingLevel={2} />
      <ListPagination page={stories} path={path} strings={ctx.strings} />
    </Document>
  );
}
