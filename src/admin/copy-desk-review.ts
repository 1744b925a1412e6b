// The copy desk in the newsroom's save path. Before a story goes live (publish, schedule, or an
// update to a published story) its checks run on the server: errors refuse the save unless an
// editor overrides them with a reason, which is recorded. An edit to a published story must say
// whether it is a correction, an update or a silent fix, and the copy desk refuses "silent" for
// a changed name, number, quotation or wording. Everything typed comes back on a refusal.
import type { AppContext } from '../app-context.ts';
import { can, type Viewer } from '../auth/auth.ts';
import { type Article, type ArticleInput, type ArticleStatus, noteMaxLength } from '../content/content.ts';
import type { ChangeClass, CopyDraft, Finding } from '../copydesk/copydesk.ts';
import { AppError } from '../errors.ts';
import type { ArticleFormValues, EditorAction } from './article-form.ts';
import { textField } from './admin-forms.ts';
import type { FieldErrors } from './views/form-fields.tsx';
import { zonedLocalToUtc } from '../zoned-time.ts';

export type ChangeKind = 'correction' | 'update' | 'silent';

/** The review fields of the editor's form: how a published story changed, and an override. */
export interface ReviewValues {
  changeKind: ChangeKind | '';
  changeNote: string;
  override: string;
}

export function readReview(body: Record<string, unknown>): ReviewValues {
  const kind = textField(body, 'changeKind');
  return { changeKind: kind === 'correction' || kind === 'update' || kind === 'silent' ? kind : '', changeNote: textField(body, 'changeNote').trim(), override: textField(body, 'copydeskOverride').trim() };
}

export const emptyReview: ReviewValues = { changeKind: '', changeNote: '', override: '' };

/** The story as the editor's form has it, for the copy desk. */
export function draftFromForm(values: ArticleFormValues, articleId: number | null, context: { timeZone: string; now: Date; scheduledFor?: Date | null }): CopyDraft {
  const typed = values.publishAt ? zonedLocalToUtc(values.publishAt, context.timeZone) : null;
  const appearsAt = [context.scheduledFor, typed].find((when) => when && when > context.now) ?? null;
  return {
    articleId,
    headline: values.headline,
    standfirst: values.standfirst,
    bodyMarkdown: values.bodyMarkdown,
    seoTitle: values.seoTitle,
    seoDescription: values.seoDescription,
    authorIds: values.authors.map(Number).filter((id) => Number.isInteger(id) && id > 0),
    featuredImage: values.imageUrl ? { url: values.imageUrl, alt: values.imageAlt } : null,
    appearsAt,
  };
}

export type Review =
  | { ok: true; note?: { kind: 'correction' | 'update'; text: string }; override?: { reason: string; findings: Finding[] } }
  | { ok: false; errors: FieldErrors; status: number };

const plural = (n: number, word: string) => `${n === 1 ? 'one' : n} ${word}${n === 1 ? '' : 's'}`;

export function describeChange(change: ChangeClass): string {
  return `This change alters ${change.reasons.join(', ').replace(/, ([^,]*)$/, ' and $1')}: readers must be told, as a correction or an update.`;
}

/** Runs the copy desk on a save that puts text in front of readers. */
export async function reviewSave(
  context: AppContext,
  viewer: Viewer,
  save: { existing: Article | null; action: EditorAction; status: ArticleStatus; input: ArticleInput; values: ArticleFormValues; publishedAt?: Date | null | undefined; review: ReviewValues },
): Promise<Review> {
  const { existing, action, status, input, review } = save;
  const { copyDesk, settings } = context.services;
  const live = action === 'publish' || action === 'schedule' || (action === 'save' && (status === 'published' || status === 'scheduled'));
  if (!live) return { ok: true };
  const errors: FieldErrors = {};

  const { timeZone } = await settings.getSiteSettings();
  const scheduledFor = status === 'scheduled' ? (save.publishedAt ?? existing?.publishedAt ?? null) : null;
  const findings = (await copyDesk.check(draftFromForm(save.values, existing?.id ?? null, { timeZone, now: context.clock.now(), scheduledFor }))).filter((f) => f.severity === 'error');
  let override: { reason: string; findings: Finding[] } | undefined;
  if (findings.length > 0) {
    if (!review.override) errors.copydesk = `The copy desk found ${plural(findings.length, 'error')} (listed below). Fix ${findings.length === 1 ? 'it' : 'them'}, or an editor can publish anyway with a reason.`;
    else if (!can(viewer, 'copydesk.override')) throw new AppError('FORBIDDEN', 'Only an editor can publish over the copy desk’s errors.');
    else override = { reason: review.override.slice(0, 1000), findings };
  }

  let note: { kind: 'correction' | 'update'; text: string } | undefined;
  if (existing?.status === 'published' && status === 'published') {
    const change = copyDesk.classifyChange(existing, { headline: input.headline, standfirst: input.standfirst ?? '', bodyMarkdown: input.bodyMarkdown ?? '' });
    if (!change.unchanged) {
      if (!review.changeKind) errors.changeKind = change.silentAllowed ? 'Say whether this is a correction, an update or a silent fix.' : `Say whether this is a correction or an update. ${describeChange(change)}`;
      else if (review.changeKind === 'silent' && !change.silentAllowed) errors.changeKind = describeChange(change);
      else if (review.changeKind !== 'silent') {
        if (!review.changeNote) errors.changeNote = `Write the ${review.changeKind} note readers will see.`;
        else if (review.changeNote.length > noteMaxLength) errors.changeNote = `Keep the note under ${noteMaxLength} characters.`;
        else note = { kind: review.changeKind, text: review.changeNote };
      }
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, status: 422 };
  return { ok: true, ...(note && { note }), ...(override && { override }) };
}
