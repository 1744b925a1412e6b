// The article desk and editor: list, new, edit, save (with its actions), autosave, live and
// full-page preview, delete, revisions and restore. Every route checks the viewer's rights on
// the server; the buttons a viewer sees are only a courtesy.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { can, type Viewer } from '../../auth/auth.ts';
import { type Article, canDeleteArticle, canEditArticle, canPublishArticle, type DiffPart, diffText, renderMarkdown } from '../../content/content.ts';
import { AppError } from '../../errors.ts';
import { stringsFor } from '../../web/strings.ts';
import { ArticlePage } from '../../web/views/pages/article-page.tsx';
import { renderPage } from '../../web/render.ts';
import { loadStylesheet } from '../../web/assets.ts';
import { iconLinks } from '../../web/site-icon.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, requireViewer, seeOther, sessionCookie } from '../admin-context.ts';
import { type ArticleFormValues, editorActions, type EditorAction, emptyForm, formFromArticle, readForm } from '../article-form.ts';
import { saveArticleForm, savedNotice } from '../article-save.ts';
import { copyDeskForEditor } from '../copy-desk-editor.tsx';
import { emptyReview, readReview, type ReviewValues } from '../copy-desk-review.ts';
import { ArticlesPage } from '../views/articles-page.tsx';
import { EditorPage } from '../views/editor-page.tsx';
import type { FieldErrors } from '../views/form-fields.tsx';
import { renderAdmin } from '../views/render-admin.tsx';
import type { RelatedPanelData } from '../views/related-panel.tsx';
import { RevisionDiffPage, RevisionsPage } from '../views/revisions-page.tsx';
import { dropPendingSave, holdPendingSave, readPendingSave } from './pending-save.ts';

type IdParams = { Params: { id: string } };
type Body = Record<string, unknown>;

const noticeFor: Record<string, string> = {
  resumed: 'You were signed out while editing; your changes have now been saved.',
  deleted: 'The article was deleted.',
  restored: 'The earlier version was restored as a new revision.',
  related: 'Related stories updated.',
};

export function registerArticleRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): void {
  const { articles, desk, taxonomy, people, settings } = context.services;
  const html = (reply: FastifyReply, page: Parameters<typeof renderAdmin>[0], status = 200) => reply.code(status).type('text/html; charset=utf-8').send(renderAdmin(page));
  const publicStylesheet = loadStylesheet().path;

  async function findArticle(id: string): Promise<Article> {
    const number = Number(id);
    if (!Number.isInteger(number) || number <= 0) throw new AppError('NOT_FOUND', 'There is no such article.');
    return articles.getArticle(number);
  }

  async function relatedPanel(article: Article): Promise<RelatedPanelData> {
    const [shown, pins, lessons] = await Promise.all([articles.findRelated(article, 5), context.services.related.listPins(article.id), context.services.related.listLessons(article.id)]);
    const headlines = await Promise.all(pins.map((pin) => articles.getArticle(pin.relatedId).then((a) => a.headline, () => `Article ${pin.relatedId}`)));
    const explanations = new Map((await context.services.related.explain(article.id, shown.map((story) => story.id))).map((why) => [why.relatedId, why]));
    return {
      shown: shown.map((story) => ({ id: story.id, headline: story.headline, path: story.path, ...(explanations.has(story.id) && { explanation: explanations.get(story.id)! }) })),
      pins: pins.map((pin, i) => ({ id: pin.relatedId, headline: headlines[i]!, kind: pin.kind, taught: lessons.get(pin.relatedId) ?? [] })),
    };
  }

  async function showEditor(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, article: Article | null, values: ArticleFormValues, extra: { errors?: FieldErrors; notice?: string; conflict?: string; conflictDiff?: DiffPart[]; status?: number; relatedError?: string; review?: ReviewValues } = {}) {
    const [sections, everyone, site, recent, related, review, storySuggestion] = await Promise.all([
      taxonomy.listSections(),
      people.listAllPeople(),
      settings.getSiteSettings(),
      can(viewer, 'media.upload') ? context.services.media.listMedia({ page: 1, pageSize: 30 }) : undefined,
      article ? relatedPanel(article) : undefined,
      copyDeskForEditor(context, viewer, article, values, extra.review ?? emptyReview, extra.errors ?? {}),
      article && !article.story ? context.services.related.suggestStory(article.id) : undefined,
    ]);
    return html(
      reply,
      EditorPage({
        maxUploadBytes: context.config.maxUploadBytes,
        canUseMedia: can(viewer, 'media.upload'),
        recentMedia: (recent?.items ?? []).map((item) => ({ url: item.fallbackUrl, label: item.alt || item.originalFilename, alt: item.alt, caption: item.caption, credit: item.credit })),
        related: related && { data: related, ...(extra.relatedError && { error: extra.relatedError }) },
        storySuggestion: storySuggestion && { story: storySuggestion.story, count: storySuggestion.articleIds.length },
        review,
        assets,
        viewer,
        csrf: reply.generateCsrf(),
        articleId: article?.id ?? null,
        status: article?.status ?? null,
        values,
        errors: extra.errors ?? {},
        sections,
        people: everyone,
        timeZone: site.timeZone,
        can: {
          publish: article ? canPublishArticle(viewer, article) : can(viewer, 'article.publish-own'),
          submit: !can(viewer, 'article.publish-own') && (article?.status ?? 'draft') === 'draft',
          delete: canDeleteArticle(viewer),
        },
        ...(extra.notice && { notice: extra.notice }),
        ...(extra.conflict && { conflict: extra.conflict }),
        ...(extra.conflictDiff && { conflictDiff: extra.conflictDiff }),
        publicPath: article?.status === 'published' ? article.path : null,
        previewHtml: (await renderMarkdown(values.bodyMarkdown)).html,
      }),
      extra.status ?? 200,
    );
  }

  app.get<{ Querystring: Record<string, string | undefined> }>('/articles', async (request, reply) => {
    const viewer = requireViewer(request);
    const q = request.query;
    const page = Math.max(1, Number(q.page) || 1);
    const query = { status: q.status ?? '', section: q.section ?? '', author: q.author ?? '', q: (q.q ?? '').slice(0, 200), mine: q.mine === '1' };
    const statuses = ['draft', 'submitted', 'scheduled', 'published'];
    const list = await desk.listDesk(
      viewer,
      {
        ...(statuses.includes(query.status) && { status: query.status as 'draft' }),
        ...(Number(query.section) > 0 && { sectionId: Number(query.section) }),
        ...(Number(query.author) > 0 && { personId: Number(query.author) }),
        ...(query.q && { query: query.q }),
        ...(query.mine && { mineUserId: viewer.userId, minePersonId: viewer.personId }),
      },
      { page, pageSize: 25 },
    );
    const [sections, everyone, site] = await Promise.all([taxonomy.listSections(), people.listAllPeople(), settings.getSiteSettings()]);
    const notice = q.done ? noticeFor[q.done] : undefined;
    return html(reply, ArticlesPage({ assets, viewer, csrf: reply.generateCsrf(), page: list, query, sections, people: everyone, timeZone: site.timeZone, ...(notice && { notice }) }));
  });

  app.get<{ Querystring: { pending?: string } }>('/articles/new', async (request, reply) => {
    const viewer = requirePermission(request, 'article.create');
    const pending = request.query.pending ? await readPendingSave(context, request, viewer.userId) : undefined;
    const values = pending && pending.articleId === null ? readForm(pending.body) : emptyForm(viewer.personId);
    return showEditor(request, reply, viewer, null, values, pending ? { notice: 'You were signed out while writing. Your text is below: save it now.' } : {});
  });

  app.get<IdParams & { Querystring: { saved?: string; pending?: string; done?: string; related_error?: string } }>('/articles/:id/edit', async (request, reply) => {
    const viewer = requireViewer(request);
    const article = await findArticle(request.params.id);
    if (!canEditArticle(viewer, article)) throw new AppError('FORBIDDEN', 'Your role does not allow editing this article.');
    const { timeZone } = await settings.getSiteSettings();
    const pending = request.query.pending ? await readPendingSave(context, request, viewer.userId) : undefined;
    if (pending && pending.articleId === article.id) {
      // Held text from before a sign-in: shown with the article's current version, so a save
      // now is checked against what is really there.
      const values = { ...readForm(pending.body), version: String(article.version) };
      await dropPendingSave(context, reply, pending.id);
      return showEditor(request, reply, viewer, article, values, { notice: 'You were signed out while editing, and your changes could not be saved automatically. They are below: check them and save.' });
    }
    const saved = request.query.saved;
    const notice = saved && (editorActions as string[]).includes(saved) ? savedNotice(saved as EditorAction, article) : saved ? noticeFor[saved] : request.query.done ? noticeFor[request.query.done] : undefined;
    const relatedError = request.query.related_error !== undefined ? `No published story has the address, slug or number “${request.query.related_error}”.` : undefined;
    return showEditor(request, reply, viewer, article, formFromArticle(article, timeZone), { ...(notice && { notice }), ...(relatedError && { relatedError }) });
  });

  async function save(request: FastifyRequest<{ Body: Body }>, reply: FastifyReply, articleId: number | null) {
    const body = request.body ?? {};
    if (!request.viewer) {
      // The scope let this body in only for a session that existed (admin-scope.ts).
      const owner = await context.services.auth.sessionOwner(request.cookies[sessionCookie]);
      if (owner === undefined || !(await holdPendingSave(context, reply, owner, articleId, body))) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
      return seeOther(reply, `/admin/login?next=${encodeURIComponent(articleId ? `/admin/articles/${articleId}/edit` : '/admin/articles/new')}`);
    }
    const viewer = request.viewer;
    const action = (editorActions as string[]).includes(body.action as string) ? (body.action as EditorAction) : 'save';
    const result = await saveArticleForm(context, viewer, articleId, body, action);
    if (result.ok) return seeOther(reply, `/admin/articles/${result.article.id}/edit?saved=${action}`);
    const article = articleId ? await articles.getArticle(articleId) : null;
    // On a conflict, the form keeps the writer's text; the version stays theirs, so saving again
    // is refused again until they reload and merge.
    const conflictDiff = result.conflict && article ? diffText(article.bodyMarkdown, result.values.bodyMarkdown) : undefined;
    return showEditor(request, reply, viewer, article, result.values, { errors: result.errors, ...(result.conflict && { conflict: result.conflict }), ...(conflictDiff && { conflictDiff }), status: result.status, review: readReview(body) });
  }

  app.post<{ Body: Body }>('/articles', async (request, reply) => save(request, reply, null));
  app.post<IdParams & { Body: Body }>('/articles/:id', async (request, reply) => save(request, reply, (await findArticle(request.params.id)).id));

  // Autosave from editor.js: JSON in, JSON out. Published articles are not autosaved (that
  // would change the live page mid-sentence); the script keeps a local copy instead.
  app.post<{ Body: Body; Querystring: { id?: string } }>('/autosave', async (request, reply) => {
    if (!request.viewer) return reply.code(401).send({ error: 'UNAUTHENTICATED', message: 'You are signed out. Your text is kept in this browser; sign in again in another tab and it will be saved.' });
    const articleId = request.query.id ? (await findArticle(request.query.id)).id : null;
    if (articleId) {
      const article = await articles.getArticle(articleId);
      if (article.status !== 'draft') return reply.code(409).send({ error: 'NOT_A_DRAFT', message: 'Published and scheduled articles are saved with the Update button, not automatically.' });
    }
    const result = await saveArticleForm(context, request.viewer, articleId, request.body ?? {}, 'save');
    if (result.ok) return reply.send({ id: result.article.id, version: result.article.version, editUrl: `/admin/articles/${result.article.id}/edit`, savedAt: context.clock.now().toISOString() });
    return reply.code(result.status).send({ error: result.conflict ? 'VERSION_CONFLICT' : 'VALIDATION_FAILED', message: result.conflict ?? Object.values(result.errors).join(' '), errors: result.errors });
  });

  // Live preview: the same renderer and sanitizer as the public page.
  app.post<{ Body: { markdown?: string } }>('/preview', async (request, reply) => {
    requirePermission(request, 'article.create');
    return reply.send({ html: (await renderMarkdown(String(request.body?.markdown ?? ''))).html });
  });

  app.get<IdParams>('/articles/:id/preview', async (request, reply) => {
    const viewer = requireViewer(request);
    const article = await findArticle(request.params.id);
    if (!canEditArticle(viewer, article)) throw new AppError('FORBIDDEN', 'Your role does not allow previewing this article.');
    const [site, sections, seeAlso, featuredMedia] = await Promise.all([
      settings.getSiteSettings(),
      taxonomy.listSections(),
      articles.findSeeAlso(article),
      article.featuredImage ? context.services.media.findMediaByUrl(article.featuredImage.url) : undefined,
    ]);
    const publishedAt = article.publishedAt ?? context.clock.now();
    // A "published" story whose time has not come is scheduled, whatever its row says.
    const state = article.status === 'published' && publishedAt > context.clock.now() ? 'scheduled' : article.status === 'draft' && article.submittedAt ? 'submitted' : article.status;
    const ctx = { site, sections, navigation: await context.services.navigation.getNavigation(), strings: stringsFor(site.language), baseUrl: context.config.baseUrl, stylesheetHref: publicStylesheet, icons: iconLinks(context.config.siteIcon), currentSection: article.section.slug, now: context.clock.now() };
    const page = ArticlePage({ ctx, article: { ...article, path: article.path ?? `/admin/articles/${article.id}/preview`, publishedAt }, ...(seeAlso && { seeAlso }), featuredMedia, preview: { state } });
    return reply.type('text/html; charset=utf-8').header('x-robots-tag', 'noindex').send(renderPage(page));
  });

  app.post<IdParams>('/articles/:id/delete', async (request, reply) => {
    const viewer = requireViewer(request);
    if (!canDeleteArticle(viewer)) throw new AppError('FORBIDDEN', 'Your role does not allow deleting articles.');
    const article = await findArticle(request.params.id);
    await desk.deleteArticle(article.id);
    return seeOther(reply, '/admin/articles?done=deleted');
  });

  app.get<IdParams>('/articles/:id/revisions', async (request, reply) => {
    const viewer = requireViewer(request);
    const article = await findArticle(request.params.id);
    if (!canEditArticle(viewer, article)) throw new AppError('FORBIDDEN', 'Your role does not allow seeing this article.');
    const [revisions, site] = await Promise.all([articles.listRevisions(article.id), settings.getSiteSettings()]);
    return html(reply, RevisionsPage({ assets, viewer, csrf: reply.generateCsrf(), articleId: article.id, headline: article.headline, revisions, currentVersion: article.version, timeZone: site.timeZone, canRestore: true }));
  });

  app.get<{ Params: { id: string; revision: string } }>('/articles/:id/revisions/:revision', async (request, reply) => {
    const viewer = requireViewer(request);
    const article = await findArticle(request.params.id);
    if (!canEditArticle(viewer, article)) throw new AppError('FORBIDDEN', 'Your role does not allow seeing this article.');
    const revision = (await articles.listRevisions(article.id)).find((r) => String(r.id) === request.params.revision);
    if (!revision) throw new AppError('NOT_FOUND', 'This article has no such revision.');
    return html(
      reply,
      RevisionDiffPage({ assets, viewer, csrf: reply.generateCsrf(), articleId: article.id, revision, headlineDiff: diffText(revision.snapshot.headline, article.headline), bodyDiff: diffText(revision.snapshot.bodyMarkdown, article.bodyMarkdown), version: article.version, canRestore: true }),
    );
  });

  app.post<{ Params: { id: string; revision: string }; Body: Body }>('/articles/:id/revisions/:revision/restore', async (request, reply) => {
    const viewer = requireViewer(request);
    const article = await findArticle(request.params.id);
    if (!canEditArticle(viewer, article)) throw new AppError('FORBIDDEN', 'Your role does not allow editing this article.');
    const expected = Number((request.body ?? {}).version);
    await desk.restoreRevision(article.id, Number(request.params.revision), { userId: viewer.userId, ...(expected > 0 && { expectedVersion: expected }) });
    return seeOther(reply, `/admin/articles/${article.id}/edit?saved=restored`);
  });
}
