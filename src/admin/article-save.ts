// Saving an article from the editor's form as a given viewer: permission checks per action,
// form checks, then the service. Shared by the editor's POST, autosave, and the save held while
// someone signed in again. Returns the saved article, or everything needed to show the form again.
import type { AppContext } from '../app-context.ts';
import type { Viewer } from '../auth/auth.ts';
import { can } from '../auth/auth.ts';
import { type Article, canEditArticle, canPublishArticle } from '../content/content.ts';
import { AppError, isAppError } from '../errors.ts';
import { checkForm, type ArticleFormValues, type EditorAction, readForm } from './article-form.ts';
import { readReview, reviewSave } from './copy-desk-review.ts';
import type { FieldErrors } from './views/form-fields.tsx';

export type SaveResult =
  | { ok: true; article: Article; action: EditorAction }
  | { ok: false; values: ArticleFormValues; errors: FieldErrors; conflict?: string; status: number };

export async function saveArticleForm(context: AppContext, viewer: Viewer, articleId: number | null, body: Record<string, unknown>, action: EditorAction): Promise<SaveResult> {
  const { articles, settings } = context.services;
  const values = readForm(body);
  const existing = articleId === null ? null : await articles.getArticle(articleId);

  if (existing ? !canEditArticle(viewer, existing) : !can(viewer, 'article.create')) throw new AppError('FORBIDDEN', 'Your role does not allow editing this article.');
  const publishing = action === 'publish' || action === 'schedule' || action === 'unpublish';
  if (publishing && !(existing ? canPublishArticle(viewer, existing) : can(viewer, 'article.publish-own'))) {
    throw new AppError('FORBIDDEN', 'Your role does not allow publishing; submit the article for review instead.');
  }

  // An image from the library brings its size, and its alt text, caption and credit where the
  // form left them empty (the article service's rule, applied here too so the form's checks,
  // "alt text before publishing" among them, see what will be saved).
  const image = values.imageUrl ? await articles.withLibraryDefaults({ url: values.imageUrl, alt: values.imageAlt, caption: values.imageCaption, credit: values.imageCredit, width: null, height: null }) : null;
  const withLibrary = image && image.width !== null
    ? { ...values, imageWidth: String(image.width), imageHeight: String(image.height), imageAlt: image.alt, imageCaption: image.caption, imageCredit: image.credit }
    : values;
  const { timeZone } = await settings.getSiteSettings();
  const checked = checkForm(withLibrary, action, { timeZone, now: context.clock.now() });
  if (Object.keys(checked.errors).length > 0) return { ok: false, values, errors: checked.errors, status: 400 };

  const status = checked.status ?? existing?.status ?? 'draft';
  const change = { ...checked.input, status, ...(checked.publishedAt !== undefined && { publishedAt: checked.publishedAt }) };
  // Cancelling a schedule forgets its time; unpublishing keeps the date, so a republished
  // article returns at its old address.
  if (action === 'unpublish' && existing?.status === 'scheduled') change.publishedAt = null;
  // The copy desk, before anything goes in front of readers (copy-desk-review.ts).
  const review = await reviewSave(context, viewer, { existing, action, status, input: change, values: withLibrary, publishedAt: change.publishedAt, review: readReview(body) });
  if (!review.ok) return { ok: false, values, errors: review.errors, status: review.status };
  const options = {
    userId: viewer.userId,
    viewer,
    ...(review.note && { note: review.note }),
    ...(values.version && { expectedVersion: Number(values.version) }),
    ...(action === 'submit' && { submitForReview: true }),
    ...(publishing && { submitForReview: false }),
  };
  try {
    const article = existing ? await articles.updateArticle(existing.id, change, options) : await articles.createArticle(change, options);
    if (review.override) await context.services.copyDesk.recordOverride({ articleId: article.id, version: article.version, userId: viewer.userId, ...review.override });
    return { ok: true, article, action };
  } catch (error) {
    if (isAppError(error, 'VERSION_CONFLICT')) return { ok: false, values, errors: {}, conflict: error.message, status: 409 };
    if (isAppError(error, 'SLUG_TAKEN')) return { ok: false, values, errors: { slug: error.message }, status: 409 };
    if (isAppError(error, 'VALIDATION_FAILED')) return { ok: false, values, errors: { headline: error.message }, status: 400 };
    if (isAppError(error, 'FORBIDDEN') && (error.details as { field?: string } | undefined)?.field === 'author1') return { ok: false, values, errors: { author1: error.message }, status: 403 };
    throw error;
  }
}

export function savedNotice(action: EditorAction, article: Article): string {
  switch (action) {
    case 'publish':
      return 'Published. It is on the site now.';
    case 'schedule':
      return `Scheduled for ${article.publishedAt?.toISOString().replace('T', ' ').slice(0, 16)} UTC.`;
    case 'unpublish':
      return 'Unpublished: readers can no longer see it.';
    case 'submit':
      return 'Submitted for review. An editor will take it from here.';
    case 'save':
      return article.status === 'published' ? 'Updated on the site.' : 'Draft saved.';
  }
}
