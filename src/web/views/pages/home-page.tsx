// The home front. Page 1: the lead story large, a short column of the next headlines beside it,
// then a row of the latest from each section. Later pages: the plain latest list, older stories
// first reached by paging.
import type { ArticleSummary, Section } from '../../../content/content.ts';
import type { CursorPage } from '../../../pagination.ts';
import { ListPagination, listPageHref, listPageLinks, listPageTitle } from '../components/list-pagination.tsx';
import { StoryCard, StoryList } from '../components/story-card.tsx';
import { Document } from '../document.tsx';
import type { PageContext } from '../page-context.ts';

/** How many of the latest stories sit beside the lead on page 1 (the rest of the page is not shown there). */
export const headlinesBesideLead = 5;

export interface HomePageProps {
  ctx: PageContext;
  latest: CursorPage<ArticleSummary>;
  bySection: { section: Section; stories: ArticleSummary[] }[];
}

export function HomePage({ ctx, latest, bySection }: HomePageProps) {
  const { strings, site } = ctx;
  const first = latest.position === undefined;
  const [lead, ...rest] = latest.items;
  return (
    <Document ctx={ctx} meta={{ title: listPageTitle(site.title, latest, strings), description: site.tagline || undefined, canonicalPath: listPageHref('/', latest), ...listPageLinks('/', latest) }}>
      <h1 class="visually-hidden">{site.title}</h1>
      {first && lead ? (
        <section class="front-top" aria-labelledby="lead-heading">
          <h2 id="lead-heading" class="front-heading front-top-heading">
            {strings.latest}
          </h2>
          <div class="lead-story">
            <StoryCard story={lead} ctx={ctx} eager showImage headingLevel={3} />
          </div>
          {rest.length > 0 ? (
            <div class="front-latest">
              <StoryList stories={rest.slice(0, headlinesBesideLead)} ctx={ctx} />
            </div>
          ) : null}
        </section>
      ) : (
        <section class="front-list" aria-labelledby="latest-heading">
          <h2 id="latest-heading" class="front-heading">
            {strings.latest}
          </h2>
          <StoryList stories={latest.items} ctx={ctx} showImages />
        </section>
      )}
      {first
        ? bySection
            .filter((block) => block.stories.length > 0)
            .map((block) => (
              <section class="front-section" aria-labelledby={`section-${block.section.slug}`}>
                <h2 class="front-heading" id={`section-${block.section.slug}`}>
                  <a href={block.section.path}>{block.section.name}</a>
                </h2>
                <StoryList stories={block.stories} ctx={ctx} showSection={false} showImages />
              </section>
            ))
        : null}
      <ListPagination page={latest} path="/" strings={strings} />
    </Document>
  );
}
