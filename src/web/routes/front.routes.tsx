// Fronts: the home page, section fronts, tag pages and author pages, each paginated with
// `?page=N`. A page number past the end is a 404, not an empty page.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { sectionPath, tagPath } from '../../content/content.ts';
import { feedLinks } from '../../discovery/feeds/feed-format.ts';
import { authorFeed, type ListFeed, sectionFeed, tagFeed } from '../list-feeds.ts';
import { parsePage } from '../page-request.ts';
import type { PublicSite } from '../public-site.ts';
import { dependsOn, summaryKeys } from '../page-keys.ts';
import { publicPageCache } from '../../cache/http-cache.ts';
import { AuthorPage } from '../views/pages/author-page.tsx';
import { HomePage, headlinesBesideLead } from '../views/pages/home-page.tsx';
import { ListingPage } from '../views/pages/listing-page.tsx';

const frontCache = publicPageCache;
const storiesPerSectionOnHome = 4;

type PageQuery = { Querystring: { page?: string } };

export function registerFrontRoutes(app: FastifyInstance, { services, config }: AppContext, site: PublicSite): void {
  const { articles, taxonomy, people } = services;

  app.get<PageQuery>('/', async (request, reply) => {
    const pageRequest = parsePage(request.query.page, config.pageSize);
    if (!pageRequest) return site.notFound(request, reply);
    const latest = await articles.listPublished({}, pageRequest);
    if (pageRequest.page > latest.pageCount) return site.notFound(request, reply);
    const ctx = await site.pageContext(request);
    const shown = new Set(latest.items.slice(0, 1 + headlinesBesideLead).map((story) => story.id));
    const bySection =
      pageRequest.page === 1
        ? await Promise.all(
            ctx.sections.map(async (section) => {
              const page = await articles.listPublished({ sectionId: section.id }, { page: 1, pageSize: storiesPerSectionOnHome + shown.size });
              return { section, stories: page.items.filter((story) => !shown.has(story.id)).slice(0, storiesPerSectionOnHome) };
            }),
          )
        : [];
    reply.header('cache-control', frontCache);
    dependsOn(request, 'l:home', ...bySection.map(({ section }) => `l:s:${section.id}`), ...summaryKeys(latest.items), ...bySection.flatMap(({ stories }) => summaryKeys(stories)));
    return site.sendPage(reply, <HomePage ctx={ctx} latest={latest} bySection={bySection} />);
  });

  app.get<PageQuery & { Params: { section: string } }>('/:section', async (request, reply) => {
    const section = await taxonomy.findSectionBySlug(request.params.section);
    const pageRequest = parsePage(request.query.page, config.pageSize);
    if (!section || !pageRequest) return site.notFound(request, reply);
    const stories = await articles.listPublished({ sectionId: section.id }, pageRequest);
    if (pageRequest.page > stories.pageCount) return site.notFound(request, reply);
    const ctx = await site.pageContext(request, section.slug);
    reply.header('cache-control', frontCache);
    dependsOn(request, `l:s:${section.id}`, `s:${section.id}`, `sf:${section.id}`, ...summaryKeys(stories.items));
    return site.sendPage(reply, <ListingPage ctx={ctx} kind="section" heading={section.name} description={section.description} path={sectionPath(section)} stories={stories} feeds={announce(sectionFeed(section, ctx.site))} />);
  });

  app.get<PageQuery & { Params: { slug: string } }>('/tag/:slug', async (request, reply) => {
    const tag = await taxonomy.findTagBySlug(request.params.slug);
    const pageRequest = parsePage(request.query.page, config.pageSize);
    if (!tag || !pageRequest) return site.notFound(request, reply);
    const stories = await articles.listPublished({ tagId: tag.id }, pageRequest);
    if (pageRequest.page > stories.pageCount || stories.total === 0) return site.notFound(request, reply);
    const ctx = await site.pageContext(request);
    reply.header('cache-control', frontCache);
    dependsOn(request, `l:t:${tag.id}`, `t:${tag.id}`, ...summaryKeys(stories.items));
    return site.sendPage(reply, <ListingPage ctx={ctx} kind="tag" heading={ctx.strings.tagHeading(tag.name)} path={tagPath(tag)} stories={stories} feeds={announce(tagFeed(tag, ctx.site, ctx.strings))} />);
  });

  app.get<PageQuery & { Params: { slug: string } }>('/author/:slug', async (request, reply) => {
    const person = await people.findPersonBySlug(request.params.slug);
    const pageRequest = parsePage(request.query.page, config.pageSize);
    if (!person || !pageRequest) return site.notFound(request, reply);
    const stories = await articles.listPublished({ personId: person.id }, pageRequest);
    if (pageRequest.page > stories.pageCount) return site.notFound(request, reply);
    const ctx = await site.pageContext(request);
    reply.header('cache-control', frontCache);
    dependsOn(request, `l:p:${person.id}`, `p:${person.id}`, ...summaryKeys(stories.items));
    return site.sendPage(reply, <AuthorPage ctx={ctx} person={person} stories={stories} feeds={announce(authorFeed(person, ctx.site, ctx.strings))} />);
  });

}

const announce = (feed: ListFeed) => feedLinks(feed.pagePath, feed.title);
