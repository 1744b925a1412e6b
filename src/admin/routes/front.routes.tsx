// The home front's editor in the newsroom: pin a story as the lead or featured, now or for a
// window of site time, reorder and unpin. All need `article.publish-any` (editors decide the
// front). A refused pin comes back beside its field with what was chosen.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import type { Viewer } from '../../auth/auth.ts';
import { zonedLocalToUtc } from '../../zoned-time.ts';
import { AppError } from '../../errors.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, seeOther } from '../admin-context.ts';
import { type FormBody, formRefusal, idFrom, sendPage, textField } from '../admin-forms.ts';
import type { FieldErrors } from '../views/form-fields.tsx';
import { FrontPage, type PinFormValues } from '../views/front-page.tsx';

const candidatesShown = 60;
const notices: Record<string, string> = { pinned: 'Pinned.', moved: 'Order saved.', unpinned: 'Unpinned.' };
const emptyForm: PinFormValues = { kind: 'featured', articleId: '', startsAt: '', endsAt: '' };

export function registerFrontRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): void {
  const { front, articles, settings } = context.services;

  async function show(reply: FastifyReply, viewer: Viewer, values: PinFormValues, extra: { errors?: FieldErrors; notice?: string; status?: number } = {}) {
    const [slots, latest, site] = await Promise.all([front.listSlots(), articles.listPublishedPage({}, {}, candidatesShown), settings.getSiteSettings()]);
    const candidates = (latest?.items ?? []).map((story) => ({ id: story.id, headline: story.headline }));
    const headlines = new Map(candidates.map((story) => [story.id, story.headline]));
    for (const slot of slots) {
      if (!headlines.has(slot.articleId)) headlines.set(slot.articleId, (await articles.getArticle(slot.articleId).catch(() => undefined))?.headline ?? `Story ${slot.articleId}`);
    }
    const page = FrontPage({ assets, viewer, csrf: reply.generateCsrf(), slots, headlines, candidates, timeZone: site.timeZone, now: context.clock.now(), values, errors: extra.errors ?? {}, ...(extra.notice && { notice: extra.notice }) });
    return sendPage(reply, page, extra.status ?? 200);
  }

  app.get<{ Querystring: { done?: string } }>('/front', async (request, reply) => {
    const viewer = requirePermission(request, 'article.publish-any');
    const notice = notices[request.query.done ?? ''];
    return show(reply, viewer, emptyForm, notice ? { notice } : {});
  });

  app.post<{ Body: FormBody }>('/front/pins', async (request, reply) => {
    const viewer = requirePermission(request, 'article.publish-any');
    const values: PinFormValues = { kind: textField(request.body, 'kind'), articleId: textField(request.body, 'articleId'), startsAt: textField(request.body, 'startsAt'), endsAt: textField(request.body, 'endsAt') };
    const { timeZone } = await settings.getSiteSettings();
    const errors: FieldErrors = {};
    if (values.kind !== 'lead' && values.kind !== 'featured') errors.kind = 'Choose the lead or a featured place.';
    const articleId = Number(values.articleId);
    if (!Number.isSafeInteger(articleId) || articleId <= 0) errors.articleId = 'Choose a story.';
    const startsAt = values.startsAt ? zonedLocalToUtc(values.startsAt, timeZone) : null;
    const endsAt = values.endsAt ? zonedLocalToUtc(values.endsAt, timeZone) : null;
    if (startsAt === undefined) errors.startsAt = 'Write a date and time, or leave it empty.';
    if (endsAt === undefined) errors.endsAt = 'Write a date and time, or leave it empty.';
    if (Object.keys(errors).length > 0) return show(reply, viewer, values, { errors, status: 400 });
    try {
      await front.pin({ kind: values.kind as 'lead' | 'featured', articleId, startsAt: startsAt ?? null, endsAt: endsAt ?? null });
      return seeOther(reply, '/admin/front?done=pinned');
    } catch (error) {
      const refusal = formRefusal(error, 'articleId');
      if (!refusal) throw error;
      return show(reply, viewer, values, refusal);
    }
  });

  app.post<{ Params: { id: string }; Body: FormBody }>('/front/pins/:id/move', async (request, reply) => {
    requirePermission(request, 'article.publish-any');
    const direction = textField(request.body, 'direction');
    if (direction !== 'up' && direction !== 'down') throw new AppError('VALIDATION_FAILED', 'A pin moves up or down.');
    await front.move(idFrom(request.params.id, 'pin'), direction);
    return seeOther(reply, '/admin/front?done=moved');
  });

  app.post<{ Params: { id: string } }>('/front/pins/:id/remove', async (request, reply) => {
    requirePermission(request, 'article.publish-any');
    await front.unpin(idFrom(request.params.id, 'pin'));
    return seeOther(reply, '/admin/front?done=unpinned');
  });
}
