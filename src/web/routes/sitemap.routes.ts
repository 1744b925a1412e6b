// For search engines: /robots.txt, the sitemap index at /sitemap.xml, and the files it lists
// under /sitemaps/ (articles paged 50,000 a file, sections with the home page, tags, authors,
// and Google News). Each file is one query, whatever its size.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { pagePath } from '../../content/content.ts';
import { buildRobotsTxt } from '../../discovery/sitemaps/robots-txt.ts';
import { newsLimit, newsWindowMs, parseSitemapFile, type SitemapFile, sitemapFiles, sitemapPath, urlsPerSitemap } from '../../discovery/sitemaps/sitemap-files.ts';
import type { SitemapEntry } from '../../discovery/sitemaps/sitemap-xml.ts';

// The XML builders (and xmlbuilder2) load with the first sitemap request, not at start.
const loadXml = async () => ({ ...(await import('../../discovery/sitemaps/sitemap-xml.ts')), ...(await import('../../discovery/sitemaps/news-sitemap.ts')) });
import { sendCacheable } from '../conditional-get.ts';
import type { PublicSite } from '../public-site.ts';

const sitemapMaxAgeSeconds = 300;
const xml = 'application/xml; charset=utf-8';

export function registerSitemapRoutes(app: FastifyInstance, { services, config, clock }: AppContext, site: PublicSite): void {
  const { publishedPaths, settings } = services;
  const { baseUrl } = config;

  app.get('/robots.txt', async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600').send(buildRobotsTxt(baseUrl)),
  );

  app.get('/sitemap.xml', async (request, reply) => {
    const files = sitemapFiles(await publishedPaths.countArticles());
    const { buildSitemapIndex } = await loadXml();
    const body = buildSitemapIndex(files.map((file) => ({ path: sitemapPath(file), lastModified: null })), baseUrl);
    return sendCacheable(request, reply, { body, contentType: xml, lastModified: null, maxAgeSeconds: sitemapMaxAgeSeconds });
  });

  app.get<{ Params: { file: string } }>('/sitemaps/:file', async (request, reply) => {
    const file = parseSitemapFile(request.params.file);
    if (!file) return site.notFound(request, reply);
    const sitemap = await sitemapOf(file);
    if (!sitemap) return site.notFound(request, reply);
    return sendCacheable(request, reply, { body: sitemap.body, contentType: xml, lastModified: latest(sitemap.entries), maxAgeSeconds: sitemapMaxAgeSeconds });
  });

  async function sitemapOf(file: SitemapFile): Promise<{ body: string; entries: SitemapEntry[] } | undefined> {
    const { buildUrlSet, buildNewsSitemap } = await loadXml();
    switch (file.kind) {
      case 'articles': {
        if (file.page > 1 && (file.page - 1) * urlsPerSitemap >= (await publishedPaths.countArticles())) return undefined;
        const entries = await publishedPaths.listArticlePaths({ page: file.page, pageSize: urlsPerSitemap });
        return { body: buildUrlSet(entries, baseUrl), entries };
      }
      case 'sections': {
        const [sections, pages] = await Promise.all([publishedPaths.listSectionPaths(), services.pages.listPublishedPages()]);
        // The site's standing pages (About, Contact…) go with the sections: a handful, never paged.
        const entries = [{ path: '/', lastModified: latest(sections) }, ...sections, ...pages.map((page) => ({ path: pagePath(page), lastModified: page.updatedAt }))];
        return { body: buildUrlSet(entries, baseUrl), entries };
      }
      case 'tags':
      case 'authors': {
        const entries = file.kind === 'tags' ? await publishedPaths.listTagPaths(urlsPerSitemap) : await publishedPaths.listAuthorPaths(urlsPerSitemap);
        return { body: buildUrlSet(entries, baseUrl), entries };
      }
      case 'news': {
        const [recent, siteSettings] = await Promise.all([
          publishedPaths.listArticlesPublishedSince(new Date(clock.now().getTime() - newsWindowMs), newsLimit),
          settings.getSiteSettings(),
        ]);
        const body = buildNewsSitemap(recent, { name: siteSettings.title, language: siteSettings.language }, baseUrl);
        return { body, entries: recent };
      }
    }
  }
}

function latest(entries: SitemapEntry[]): Date | null {
  return entries.reduce<Date | null>((max, entry) => (entry.lastModified && (!max || entry.lastModified > max) ? entry.lastModified : max), null);
}
