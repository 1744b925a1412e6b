// Site settings: one form for the publication's title, tagline, language, time zone, logo and
// feed content. Needs `settings.manage`. Every invalid value is shown beside its field at once,
// with everything typed kept; nothing is saved until all are valid.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import type { Viewer } from '../../auth/auth.ts';
import { type SiteSettings, settingsProblems } from '../../settings/site-settings.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, seeOther } from '../admin-context.ts';
import { type FormBody, formRefusal, sendPage, textField } from '../admin-forms.ts';
import type { FieldErrors } from '../views/form-fields.tsx';
import { SettingsPage, type SettingsFormValues } from '../views/settings-page.tsx';

function readForm(body: FormBody | undefined): SettingsFormValues {
  const field = (name: keyof SiteSettings) => textField(body, name).trim();
  return { title: field('title'), tagline: field('tagline'), language: field('language'), timeZone: field('timeZone'), logoUrl: field('logoUrl'), feedContent: field('feedContent') };
}

function formFrom(settings: SiteSettings): SettingsFormValues {
  return { ...settings, logoUrl: settings.logoUrl ?? '' };
}

function toChanges(values: SettingsFormValues): Partial<SiteSettings> {
  return { ...values, logoUrl: values.logoUrl || null, feedContent: values.feedContent as SiteSettings['feedContent'] };
}

export function registerSettingsRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): void {
  const { settings } = context.services;

  const show = (reply: FastifyReply, viewer: Viewer, values: SettingsFormValues, extra: { errors?: FieldErrors; notice?: string; status?: number } = {}) =>
    sendPage(reply, SettingsPage({ assets, viewer, csrf: reply.generateCsrf(), values, errors: extra.errors ?? {}, ...(extra.notice && { notice: extra.notice }) }), extra.status ?? 200);

  app.get<{ Querystring: { done?: string } }>('/settings', async (request, reply) => {
    const viewer = requirePermission(request, 'settings.manage');
    const notice = request.query.done === 'saved' ? 'Settings saved. The site shows them now.' : undefined;
    return show(reply, viewer, formFrom(await settings.getSiteSettings()), notice ? { notice } : {});
  });

  app.post<{ Body: FormBody }>('/settings', async (request, reply) => {
    const viewer = requirePermission(request, 'settings.manage');
    const values = readForm(request.body);
    const changes = toChanges(values);
    const problems: FieldErrors = settingsProblems(changes);
    if (Object.keys(problems).length > 0) return show(reply, viewer, values, { errors: problems, status: 400 });
    try {
      await settings.updateSiteSettings(changes);
      return seeOther(reply, '/admin/settings?done=saved');
    } catch (error) {
      const refusal = formRefusal(error, 'title');
      if (!refusal) throw error;
      return show(reply, viewer, values, refusal);
    }
  });
}
