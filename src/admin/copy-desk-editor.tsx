// What the editor shows of the copy desk for the form as it stands: the findings panel and, for
// a published story, the change-kind fields with the copy desk's verdict on the change so far.
// Run on the server when the editor is shown, so the panel is there without JavaScript too.
import type { ComponentChildren } from 'preact';
import type { AppContext } from '../app-context.ts';
import { can, type Viewer } from '../auth/auth.ts';
import type { Article } from '../content/content.ts';
import type { ArticleFormValues } from './article-form.ts';
import { draftFromForm, type ReviewValues } from './copy-desk-review.ts';
import { presentFindings } from './copy-desk-present.ts';
import { ChangeKindFields } from './views/change-kind-fields.tsx';
import { CopyDeskPanel } from './views/copy-desk-panel.tsx';
import type { FieldErrors } from './views/form-fields.tsx';

export async function copyDeskForEditor(context: AppContext, viewer: Viewer, article: Article | null, values: ArticleFormValues, review: ReviewValues, errors: FieldErrors): Promise<ComponentChildren> {
  const { copyDesk, settings } = context.services;
  const { timeZone } = await settings.getSiteSettings();
  const draft = draftFromForm(values, article?.id ?? null, { timeZone, now: context.clock.now(), scheduledFor: article?.status === 'scheduled' ? article.publishedAt : null });
  const [findings, overrides] = await Promise.all([copyDesk.check(draft), article ? copyDesk.listOverrides(article.id) : []]);
  const change = article?.status === 'published' ? copyDesk.classifyChange(article, draft) : null;
  return (
    <>
      {article?.status === 'published' ? <ChangeKindFields review={review} errors={errors} change={change} /> : null}
      <CopyDeskPanel findings={presentFindings(findings, { ...draft, imageAlt: values.imageAlt })} errors={errors} canOverride={can(viewer, 'copydesk.override')} override={review.override} overrides={overrides} articleId={article?.id ?? null} />
    </>
  );
}
