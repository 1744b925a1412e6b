// Site settings: one form for every key of SiteSettings (the publication, language and time,
// feeds, comments). Needs `settings.manage`. Every invalid value is shown beside its field at
// once, with everything typed kept; nothing is saved until all are valid.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import type { Viewer } from '../../auth/auth.ts';
import { type SiteSettings, settingsProblems } from '../../settings/site-settings.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, seeOther } from '../admin-context.ts';
import { type FormBody, formRefusal, sendPage, textField } from '../admin-forms.ts';
import type { FieldErrors } from '../views/form-fields.tsx';
import { SettingsPage, type SettingsFormValues } from '../views/settings-page.tsx';

interface Codec<T> {
  toText(value: T): string;
  /** Whatever was typed, as the setting's type; the service's checks refuse what is wrong (NaN, an unknown choice). */
  fromText(text: string): T;
}

const text: Codec<string> = { toText: (value) => value, fromText: (value) => value };
const choice = <T extends string>(): Codec<T> => ({ toText: (value) => value, fromText: (value) => value as T });
const wholeNumber: Codec<number> = { toText: (value) => String(value), fromText: (value) => (value === '' ? Number.NaN : Number(value)) };
const optionalNumber: Codec<number | null> = { toText: (value) => (value === null ? '' : String(value)), fromText: (value) => (value === '' ? null : Number(value)) };
const optionalText: Codec<string | null> = { toText: (value) => value ?? '', fromText: (value) => value || null };
const lines: Codec<string[]> = { toText: (value) => value.join('\n'), fromText: (value) => value.split('\n').map((line) => line.trim()).filter(Boolean) };

/** How each setting is typed into the form; a key added to SiteSettings fails to compile until it is here. */
const codecs: { [K in keyof SiteSettings]-?: Codec<SiteSettings[K]> } = {
  title: text,
  tagline: text,
  language: text,
  timeZone: text,
  logoUrl: optionalText,
  feedContent: choice(),
  commentPolicy: choice(),
  commentsCloseAfterDays: optionalNumber,
  commentMaxDepth: wholeNumber,
  commentDisallowedWords: lines,
  commentMaxLinks: wholeNumber,
  commentRetentionDays: wholeNumber,
  // Set on the copy desk's own settings page (copydesk.routes.tsx).
  copyDeskDisabled: lines,
  copyDeskWords: lines,
  publicHistory: choice(),
};
const keys = Object.keys(codecs) as (keyof SiteSettings)[];

/** The typed text of each setting the form sent; a setting it left out keeps its current value. */
function readForm(body: FormBody | undefined, current: SettingsFormValues): SettingsFormValues {
  const sent = keys.filter((key) => typeof body?.[key] === 'string');
  return { ...current, ...Object.fromEntries(sent.map((key) => [key, key === 'commentDisallowedWords' ? textField(body, key) : textField(body, key).trim()])) };
}

function formFrom(settings: SiteSettings): SettingsFormValues {
  return Object.fromEntries(keys.map((key) => [key, (codecs[key] as Codec<unknown>).toText(settings[key])])) as SettingsFormValues;
}

function toChanges(values: SettingsFormValues): Partial<SiteSettings> {
  return Object.fromEntries(keys.map((key) => [key, codecs[key].fromText(values[key])])) as Partial<SiteSettings>;
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
    const values = readForm(request.body, formFrom(await settings.getSiteSettings()));
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
