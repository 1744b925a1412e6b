// The article page. Articles are found by slug (unique site-wide); a request whose section or
// date part is not the article's current one gets a 301 to the canonical path, so a moved
// article keeps every old link working.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import type { PublicSite } from '../public-site.ts';
import { ArticlePage } from '../views/pages/article-page.tsx';

type ArticleParams = { Params: { section: string; year: string; month: string; day: string; slug: string } };

export function registerArticleRoutes(app: FastifyInstance, { services }: AppContext, site: PublicSite): void {
  app.get<ArticleParams>('/:section/:year/:month/:day/:slug', async (request, reply) => {
    const article = await services.articles.findPublishedArticle(request.params.slug);
    if (!article || !article.path || !article.publishedAt) return site.notFound(request, reply);
    const requested = request.url.split('?')[0]!.replace(/\/+$/, '');
    if (requested !== article.path) return reply.redirect(article.path, 301);
    const [ctx, seeAlso, featuredMedia] = await Promise.all([
      site.pageContext(request, article.section.slug),
      services.articles.findSeeAlso(article),
      article.featuredImage ? services.media.findMediaByUrl(article.featuredImage.url) : undefined,
    ]);
    reply.header('cache-control', 'public, max-age=60');
    return site.sendPage(reply, <ArticlePage ctx={ctx} article={{ ...article, path: article.path, publishedAt: article.publishedAt }} {...(seeAlso ? { seeAlso } : {})} featuredMedia={featuredMedia} />);
  });
}
