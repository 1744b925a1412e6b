// Corrections readers can see: /corrections (every correction, newest first) and its RSS, Atom
// and JSON feeds, and each story's public history page at <story path>/history. All public,
// cacheable pages: the page cache is emptied by article.saved, which every correction emits.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { diffText } from '../../content/content.ts';
import { toCorrectionFeedEntry } from '../../discovery/feeds/correction-entry.ts';
import { feedFormatList, feedFormats, feedLinks } from '../../discovery/feeds/feed-format.ts';
import { renderFeed } from '../../discovery/feeds/render-feed.ts';
import { markdownToPlainText } from '../../discovery/search/search.ts';
import { sendCacheable } from '../conditional-get.ts';
import { hasPublicHistory, historyPath } from '../history-policy.ts';
import { dependsOn } from '../page-keys.ts';
import { publicPageCache } from '../../cache/http-cache.ts';
import type { PublicSite } from '../public-site.ts';
import { stringsFor } from '../strings.ts';
import { CorrectionsPage } from '../views/pages/corrections-page.tsx';
import { type HistoryChange, HistoryPage } from '../views/pages/history-page.tsx';

const feedLength = 30;
type ArticleParams = { Params: { section: string; year: string; month: string; day: string; slug: string } };

export function registerCorrectionsRoutes(app: FastifyInstance, context: AppContext, site: PublicSite): void {
  const { corrections, articles, settings } = context.services;
  const { config, clock } = context;

  app.get<{ Querystring: { page?: string } }>('/corrections', async (request, reply) => {
    const page = Number(request.query.page ?? 1);
    if (!Number.isSafeInteger(page) || page < 1) return site.notFound(request, reply);
    const ctx = await site.pageContext(request);
    const list = await corrections.listCorrections({ page, pageSize: config.pageSize });
    if (page > 1 && list.items.length === 0) return site.notFound(request, reply);
    reply.header('cache-control', publicPageCache);
    dependsOn(request, 'corrections');
    return site.sendPage(reply, <CorrectionsPage ctx={ctx} corrections={list} feeds={feedLinks('/corrections', `${ctx.strings.corrections} | ${ctx.site.title}`)} />);
  });

  for (const format of feedFormatList) {
    app.get(`/corrections/feed.${feedFormats[format].extension}`, async (request, reply) => {
      const siteSettings = await settings.getSiteSettings();
      const strings = stringsFor(siteSettings.language);
      const list = await corrections.listCorrections({ page: 1, pageSize: feedLength });
      const entries = list.items.map((entry) => toCorrectionFeedEntry(entry, config.baseUrl, strings.correctionFeedTitle(entry.article.headline)));
      const lastModified = list.items[0]?.createdAt ?? null;
      const { body, contentType } = renderFeed(format, {
        channel: { title: `${strings.corrections} | ${siteSettings.title}`, siteTitle: siteSettings.title, description: strings.correctionsIntro(siteSettings.title), pagePath: '/corrections', language: siteSettings.language, logoUrl: siteSettings.logoUrl },
        articles: [],
        entries,
        baseUrl: config.baseUrl,
        content: 'full',
        updated: lastModified ?? clock.now(),
      });
      return sendCacheable(request, reply, { body, contentType, lastModified, maxAgeSeconds: 300 });
    });
  }

  app.get<ArticleParams>('/:section/:year/:month/:day/:slug/history', async (request, reply) => {
    const article = await articles.findPublishedArticle(request.params.slug);
    if (!article?.path || !article.publishedAt) return site.notFound(request, reply);
    const canonical = historyPath(article.path);
    if (request.url.split('?')[0]!.replace(/\/+$/, '') !== canonical) return reply.redirect(canonical, 301);
    const [ctx, notes, versions] = await Promise.all([site.pageContext(request, article.section.slug), corrections.listNotes(article.id), corrections.listPublishedVersions(article.id)]);
    if (!hasPublicHistory(ctx.site.publicHistory, { publishedAt: article.publishedAt, updatedAt: article.updatedAt }, notes) || versions.length < 2) return site.notFound(request, reply);
    const { strings } = ctx;
    const changes: HistoryChange[] = versions.slice(1).map((version, i) => {
      const before = versions[i]!;
      const fields = [
        { label: strings.headlineLabel, was: before.headline, now: version.headline },
        { label: strings.standfirstLabel, was: before.standfirst, now: version.standfirst },
        { label: strings.textLabel, was: markdownToPlainText(before.bodyMarkdown), now: markdownToPlainText(version.bodyMarkdown) },
      ];
      return { version: version.version, at: version.at, note: version.note, diffs: fields.filter((f) => f.was !== f.now).map((f) => ({ label: f.label, parts: diffText(f.was, f.now) })) };
    });
    reply.header('cache-control', publicPageCache);
    dependsOn(request, `a:${article.id}`);
    return site.sendPage(reply, <HistoryPage ctx={ctx} article={{ headline: article.headline, path: article.path }} firstPublished={versions[0]!.at} changes={changes.filter((change) => change.diffs.length > 0 || change.note)} />);
  });
}
