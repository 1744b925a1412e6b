// Fronts: the home page, section fronts, tag pages and author pages, each paged by keyset
// (`?before=` / `?after=` a cursor: list-pagination.tsx). A malformed cursor, or one past the
// end, is a 404, not an empty page.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { childrenOf, sectionPath, sectionTrail, subtreeIds, tagPath } from '../../content/content.ts';
import { feedLinks } from '../../discovery/feeds/feed-format.ts';
import { authorFeed, type ListFeed, sectionFeed, tagFeed } from '../list-feeds.ts';
import type { PublicSite } from '../public-site.ts';
import { dependsOn, summaryKeys } from '../page-keys.ts';
import { publicPageCache } from '../../cache/http-cache.ts';
import { AuthorPage } from '../views/pages/author-page.tsx';
import { HomePage, headlinesBesideLead } from '../views/pages/home-page.tsx';
import { ListingPage } from '../views/pages/listing-page.tsx';
import { sendSitePage } from './page.routes.tsx';
import { findSectionAt, sectionRoutes, slugsOf, withQuery } from '../section-address.ts';
import { sectionCrumbs } from '../views/components/breadcrumbs.tsx';

const frontCache = publicPageCache;
const storiesPerSectionOnHome = 4;

type PageQuery = { Querystring: { before?: string | string[]; after?: string | string[] } };

export function registerFrontRoutes(app: FastifyInstance, context: AppContext, site: PublicSite): void {
  const { services, config } = context;
  const { articles, taxonomy, people } = services;

  app.get<PageQuery>('/', async (request, reply) => {
    const position = positionOf(request.query);
    // The newest page shows the lead and the headlines beside it, then the sections' rows.
    const first = !position.before && !position.after;
    // Page 1 is curated: the editors' lead and featured pins, then the newest (content/front.service.ts).
    const latest = first ? await services.front.composeFront(Math.min(config.pageSize, 1 + headlinesBesideLead)) : await articles.listPublishedPage({}, position, config.pageSize);
    if (!latest || (!first && latest.items.length === 0)) return site.notFound(request, reply);
    const ctx = await site.pageContext(request);
    const shown = new Set(latest.items.map((story) => story.id));
    // A row per top-level section, with its subsections' stories.
    const bySection = first
      ? await Promise.all(
          childrenOf(ctx.sections, null).map(async (section) => {
            const page = await articles.listPublishedPage({ sectionIds: subtreeIds(ctx.sections, section.id) }, {}, storiesPerSectionOnHome + shown.size);
            return { section, stories: (page?.items ?? []).filter((story) => !shown.has(story.id)).slice(0, storiesPerSectionOnHome) };
          }),
        )
      : [];
    reply.header('cache-control', frontCache);
    dependsOn(request, 'l:home', ...bySection.flatMap(({ section }) => subtreeIds(ctx.sections, section.id).map((id) => `l:s:${id}`)), ...summaryKeys(latest.items), ...bySection.flatMap(({ stories }) => summaryKeys(stories)));
    return site.sendPage(reply, <HomePage ctx={ctx} latest={latest} bySection={bySection} />);
  });

  // A section front lists its own stories and those of every section under it (a World front
  // shows Europe's and Asia's), with its trail and its subsections above the list.
  for (const pattern of sectionRoutes()) {
    app.get<PageQuery>(pattern, async (request, reply) => {
      const slugs = slugsOf(request.params);
      const position = positionOf(request.query);
      const found = await findSectionAt(taxonomy, slugs);
      // Not a section: perhaps a page (About, Contact…), which has no later pages.
      if (!found && slugs.length === 1 && !isLater(position)) {
        const sent = await sendSitePage(context, site, request, reply, slugs[0]!);
        if (sent) return sent;
      }
      if (!found) return site.notFound(request, reply);
      const { section, sections, current } = found;
      if (!current) return reply.redirect(withQuery(sectionPath(section), request.url), 301);
      const subtree = subtreeIds(sections, section.id);
      const stories = await articles.listPublishedPage({ sectionIds: subtree }, position, config.pageSize);
      if (!stories || (isLater(position) && stories.items.length === 0)) return site.notFound(request, reply);
      const ctx = await site.pageContext(request, section.slug);
      const crumbs = sectionCrumbs(ctx, section);
      // Subsections without a story yet stay out of sight, as they do in the menus.
      const withStories = await services.navigation.listSectionsWithStories();
      const subsections = childrenOf(ctx.sections, section.id).filter((child) => withStories.has(child.id));
      reply.header('cache-control', frontCache);
      dependsOn(request, ...subtree.map((id) => `l:s:${id}`), ...sectionTrail(sections, section.id).map((s) => `s:${s.id}`), ...subsections.map((s) => `s:${s.id}`), `sf:${section.id}`, ...summaryKeys(stories.items));
      return site.sendPage(
        reply,
        <ListingPage ctx={ctx} kind="section" heading={section.name} description={section.description} path={sectionPath(section)} stories={stories} feeds={announce(sectionFeed(section, ctx.site))} crumbs={crumbs} subsections={subsections.map((s) => ({ name: s.name, path: s.path }))} />,
      );
    });
  }

  app.get<PageQuery & { Params: { slug: string } }>('/tag/:slug', async (request, reply) => {
    const tag = await taxonomy.findTagBySlug(request.params.slug);
    const stories = tag ? await articles.listPublishedPage({ tagId: tag.id }, positionOf(request.query), config.pageSize) : undefined;
    // A tag with no published story has no page.
    if (!tag || !stories || stories.items.length === 0) return site.notFound(request, reply);
    const ctx = await site.pageContext(request);
    reply.header('cache-control', frontCache);
    dependsOn(request, `l:t:${tag.id}`, `t:${tag.id}`, ...summaryKeys(stories.items));
    return site.sendPage(reply, <ListingPage ctx={ctx} kind="tag" heading={ctx.strings.tagHeading(tag.name)} path={tagPath(tag)} stories={stories} feeds={announce(tagFeed(tag, ctx.site, ctx.strings))} />);
  });

  app.get<PageQuery & { Params: { slug: string } }>('/author/:slug', async (request, reply) => {
    const person = await people.findPersonBySlug(request.params.slug);
    const position = positionOf(request.query);
    const stories = person ? await articles.listPublishedPage({ personId: person.id }, position, config.pageSize) : undefined;
    if (!person || !stories || (isLater(position) && stories.items.length === 0)) return site.notFound(request, reply);
    const ctx = await site.pageContext(request);
    reply.header('cache-control', frontCache);
    dependsOn(request, `l:p:${person.id}`, `p:${person.id}`, ...summaryKeys(stories.items));
    return site.sendPage(reply, <AuthorPage ctx={ctx} person={person} stories={stories} feeds={announce(authorFeed(person, ctx.site, ctx.strings))} />);
  });
}

/** `?before=` or `?after=` (a cursor), the first of either given; neither: the newest page. */
function positionOf(query: PageQuery['Querystring']): { before?: string; after?: string } {
  const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
  const before = first(query.before);
  const after = first(query.after);
  if (typeof before === 'string') return { before };
  if (typeof after === 'string') return { after };
  return {};
}

const isLater = (position: { before?: string; after?: string }) => position.before !== undefined || position.after !== undefined;

const announce = (feed: ListFeed) => feedLinks(feed.pagePath, feed.title);
