// Section fronts and tag pages: a heading, an optional description, and a paginated list.
import type { ArticleSummary } from '../../../content/content.ts';
import type { CursorPage } from '../../../pagination.ts';
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
}

export function ListingPage({ ctx, kind, heading, description, path, stories, feeds }: ListingPageProps) {
  return (
    <Document ctx={ctx} meta={{ title: listPageTitle(heading, stories, ctx.strings), description: description || undefined, canonicalPath: listPageHref(path, stories), ...listPageLinks(path, stories), ...(feeds && { feeds }) }}>
      <header class={`listing-header listing-${kind}`}>
        <h1>{heading}</h1>
        {description ? <p class="listing-description">{description}</p> : null}
      </header>
      <StoryList stories={stories.items} ctx={ctx} showSection={kind !== 'section'} showImages headingLevel={2} />
      <ListPagination page={stories} path={path} strings={ctx.strings} />
    </Document>
  );
}
