// The copy desk's newsroom routes: the JSON check the editor's panel calls as the writer types
// (CSRF header, signed in, allowed to edit the story), and the copy desk's settings page (which
// checks run, the site's word list, who gets a public history page), for settings.manage.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { can } from '../../auth/auth.ts';
import { canEditArticle } from '../../content/content.ts';
import type { SiteSettings } from '../../settings/site-settings.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, requireViewer, seeOther } from '../admin-context.ts';
import { type FormBody, formRefusal, sendPage, textField } from '../admin-forms.ts';
import { readForm } from '../article-form.ts';
import { describeChange, draftFromForm } from '../copy-desk-review.ts';
import { countSummary, presentFindings } from '../copy-desk-present.ts';
import { CopyDeskSettingsPage } from '../views/copydesk-settings-page.tsx';

const maxBody = 400_000;

export function registerCopyDeskRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): void {
  const { copyDesk, articles, settings } = context.services;

  app.post<{ Body: Record<string, unknown>; Querystring: { id?: string } }>('/copydesk/check', async (request, reply) => {
    if (!request.viewer) return reply.code(401).send({ error: 'UNAUTHENTICATED', message: 'You are signed out.' });
    const viewer = request.viewer;
    if (!can(viewer, 'article.create')) return reply.code(403).send({ error: 'FORBIDDEN', message: 'Your role does not allow this.' });
    const body = request.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return reply.code(400).send({ error: 'VALIDATION_FAILED', message: 'Send the editor’s fields as a JSON object.' });
    const values = readForm(body);
    if (values.bodyMarkdown.length + values.headline.length + values.standfirst.length > maxBody) return reply.code(413).send({ error: 'TOO_LARGE', message: 'This story is too long to check while typing; it is checked when it is published.' });
    const id = request.query.id === undefined || request.query.id === '' ? null : Number(request.query.id);
    if (id !== null && (!Number.isSafeInteger(id) || id <= 0)) return reply.code(400).send({ error: 'VALIDATION_FAILED', message: 'The article id must be a positive whole number.' });
    const article = id === null ? null : await articles.getArticle(id).catch(() => null);
    if (id !== null && !article) return reply.code(404).send({ error: 'NOT_FOUND', message: 'There is no such article.' });
    if (article && !canEditArticle(viewer, article)) return reply.code(403).send({ error: 'FORBIDDEN', message: 'Your role does not allow editing this article.' });
    const { timeZone } = await settings.getSiteSettings();
    const draft = draftFromForm(values, article?.id ?? null, { timeZone, now: context.clock.now(), scheduledFor: article?.status === 'scheduled' ? article.publishedAt : null });
    const findings = presentFindings(await copyDesk.check(draft), { ...draft, imageAlt: values.imageAlt });
    const change = article?.status === 'published' ? copyDesk.classifyChange(article, draft) : null;
    return reply.send({
      summary: countSummary(findings),
      errors: findings.filter((f) => f.severity === 'error').length,
      findings,
      ...(change && { change: { ...change, message: change.unchanged || change.silentAllowed ? '' : describeChange(change) } }),
    });
  });

  const show = (reply: Parameters<typeof sendPage>[0], viewer: ReturnType<typeof requireViewer>, values: Pick<SiteSettings, 'copyDeskDisabled' | 'copyDeskWords' | 'publicHistory'>, extra: { errors?: Record<string, string | undefined>; notice?: string; status?: number } = {}) =>
    sendPage(reply, CopyDeskSettingsPage({ assets, viewer, csrf: reply.generateCsrf(), checks: copyDesk.checks, values, errors: extra.errors ?? {}, ...(extra.notice && { notice: extra.notice }) }), extra.status ?? 200);

  app.get<{ Querystring: { done?: string } }>('/settings/copy-desk', async (request, reply) => {
    const viewer = requirePermission(request, 'settings.manage');
    return show(reply, viewer, await settings.getSiteSettings(), request.query.done === 'saved' ? { notice: 'Copy desk settings saved.' } : {});
  });

  app.post<{ Body: FormBody }>('/settings/copy-desk', async (request, reply) => {
    const viewer = requirePermission(request, 'settings.manage');
    const body = request.body ?? {};
    const on = new Set(([] as unknown[]).concat(body.enabled ?? []).filter((value): value is string => typeof value === 'string'));
    const history = textField(body, 'publicHistory');
    const values = {
      copyDeskDisabled: copyDesk.checks.map((check) => check.id).filter((id) => !on.has(id)),
      copyDeskWords: [...new Set(textField(body, 'copyDeskWords').split('\n').map((word) => word.trim()).filter(Boolean))],
      publicHistory: history as SiteSettings['publicHistory'],
    };
    try {
      await settings.updateSiteSettings(values);
      return seeOther(reply, '/admin/settings/copy-desk?done=saved');
    } catch (error) {
      const refusal = formRefusal(error, 'copyDeskWords');
      if (!refusal) throw error;
      return show(reply, viewer, values, refusal);
    }
  });
}
