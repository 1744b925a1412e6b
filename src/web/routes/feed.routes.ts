// RSS, Atom and JSON feeds of the whole site and of each section, tag and author: the 20 newest
// articles, with full bodies or standfirsts as the site settings say. Static segments route
// before `/:section`, so `/feed.xml` is never read as a section; an unknown list is a 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { type ArticleFilter, sectionPath, subtreeIds } from '../../content/content.ts';
import { feedLastModified } from '../../discovery/feeds/feed-entry.ts';
import { type FeedFormat, feedFormatList, feedFormats } from '../../discovery/feeds/feed-format.ts';
// The feed builders (and their XML library) load with the first feed request, not at start.
const loadFeeds = () => import('../../discovery/feeds/render-feed.ts');
import type { SiteSettings } from '../../settings/site-settings.ts';
import { sendCacheable } from '../conditional-get.ts';
import { authorFeed, type ListFeed, sectionFeed, siteFeed, tagFeed } from '../list-feeds.ts';
import type { PublicSite } from '../public-site.ts';
import { findSectionAt, sectionRoutes, slugsOf } from '../section-address.ts';
import { stringsFor } from '../strings.ts';

const feedLength = 20;
const feedMaxAgeSeconds = 300;

type SlugParams = { Params: { slug: string } };
type FeedList = { feed: ListFeed; filter: ArticleFilter; emptyIsNotFound?: boolean };

export function registerFeedRoutes(app: FastifyInstance, { services, config, clock }: AppContext, site: PublicSite): void {
  const { articles, taxonomy, people, settings } = services;

  async function serve(request: FastifyRequest, reply: FastifyReply, format: FeedFormat, find: (siteSettings: SiteSettings) => Promise<FeedList | undefined>) {
    const siteSettings = await settings.getSiteSettings();
    const list = await find(siteSettings);
    if (!list) return site.notFound(request, reply);
    const items = await articles.listPublishedWithBodies(list.filter, feedLength);
    if (list.emptyIsNotFound && items.length === 0) return site.notFound(request, reply);
    const lastModified = feedLastModified(items);
    const { renderFeed } = await loadFeeds();
    const { body, contentType } = renderFeed(format, {
      channel: { ...list.feed, siteTitle: siteSettings.title, language: siteSettings.language, logoUrl: siteSettings.logoUrl },
      articles: items,
      baseUrl: config.baseUrl,
      content: siteSettings.feedContent,
      updated: lastModified ?? clock.now(),
    });
    return sendCacheable(request, reply, { body, contentType, lastModified, maxAgeSeconds: feedMaxAgeSeconds });
  }

  for (const format of feedFormatList) {
    const file = `feed.${feedFormats[format].extension}`;

    app.get(`/${file}`, async (request, reply) => serve(request, reply, format, async (s) => ({ feed: siteFeed(s), filter: {} })));

    // A section's feed has its subsections' stories too, as its front does; an old path redirects.
    for (const pattern of sectionRoutes(`/${file}`)) {
      app.get(pattern, async (request, reply) => {
        const found = await findSectionAt(taxonomy, slugsOf(request.params));
        if (found && !found.current) return reply.redirect(`${sectionPath(found.section)}/${file}`, 301);
        return serve(request, reply, format, async (s) => found && { feed: sectionFeed(found.section, s), filter: { sectionIds: subtreeIds(found.sections, found.section.id) } });
      });
    }

    // A tag with nothing published has no page (404), so it has no feed either.
    app.get<SlugParams>(`/tag/:slug/${file}`, async (request, reply) =>
      serve(request, reply, format, async (s) => {
        const tag = await taxonomy.findTagBySlug(request.params.slug);
        return tag && { feed: tagFeed(tag, s, stringsFor(s.language)), filter: { tagId: tag.id }, emptyIsNotFound: true };
      }),
    );

    app.get<SlugParams>(`/author/:slug/${file}`, async (request, reply) =>
      serve(request, reply, format, async (s) => {
        const person = await people.findPersonBySlug(request.params.slug);
        return person && { feed: authorFeed(person, s, stringsFor(s.language)), filter: { personId: person.id } };
      }),
    );
  }
}
