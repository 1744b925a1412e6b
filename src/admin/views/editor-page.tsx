// The article editor: every field of the article, labelled, with errors beside their fields;
// the body with a live preview (rendered by the same code as the public page); and one button
// per action the viewer may take. Works as a plain form; editor.js adds autosave and preview.
import type { ComponentChildren } from 'preact';
import { type DiffPart, type Section, trailName, treeOrder } from '../../content/content.ts';
import type { Person } from '../../people/people.ts';
import type { ArticleFormValues } from '../article-form.ts';
import { BylineFields } from './byline-fields.tsx';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { RelatedPanel, type RelatedPanelData } from './related-panel.tsx';
import { Csrf, describedBy, FieldError, type FieldErrors, Fieldset, TextField } from './form-fields.tsx';

export interface EditorPageProps extends AdminPageProps {
  articleId: number | null;
  status: 'draft' | 'scheduled' | 'published' | null;
  values: ArticleFormValues;
  errors: FieldErrors;
  sections: Section[];
  people: Pick<Person, 'id' | 'name'>[];
  timeZone: string;
  can: { publish: boolean; submit: boolean; delete: boolean };
  notice?: string;
  conflict?: string;
  /** On a conflict: the saved body against the writer's, word by word. */
  conflictDiff?: DiffPart[];
  publicPath?: string | null;
  previewHtml: string;
  /** The upload limit, for the editor's image panel to check a file before sending it. */
  maxUploadBytes: number;
  /** May the viewer use the media library (media.upload)? Without it the image panel is not offered. */
  canUseMedia: boolean;
  /** Recent library images offered for the featured image. */
  recentMedia: { url: string; label: string; alt: string; caption: string; credit: string }[];
  /** The related-stories panel, for a saved article. */
  related?: { data: RelatedPanelData; error?: string } | undefined;
  /** For a saved article without a story: the story its closest matches belong to. */
  storySuggestion?: { story: string; count: number } | undefined;
  /** The copy desk's panel and, for a published story, the change-kind fields (copy-desk-editor.tsx). */
  review?: ComponentChildren;
}

export function EditorPage(props: EditorPageProps) {
  const { values, errors, articleId } = props;
  const action = articleId ? `/admin/articles/${articleId}` : '/admin/articles';
  const errorCount = Object.values(errors).filter(Boolean).length;
  return (
    <AdminDocument {...props} title={articleId ? `Edit: ${values.headline || 'untitled'}` : 'New article'} scripts extraScript={[props.assets.copyDeskJs, props.assets.toolbarJs, props.assets.editorImagesJs]}>
      <div class="editor-head">
        <h1>{articleId ? 'Edit article' : 'New article'}</h1>
        {props.status ? <p class={`status status-${props.status}`}>{props.status}</p> : null}
        {articleId ? (
          <p class="editor-links">
            <a href={`/admin/articles/${articleId}/preview`}>Full preview</a> · <a href={`/admin/articles/${articleId}/revisions`}>Revisions</a>
            {props.publicPath ? (
              <>
                {' '}
                · <a href={props.publicPath}>View on site</a>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.conflict ? (
        <div class="form-error" role="alert">
          <p>
            <strong>Not saved: someone else changed this article.</strong> {props.conflict}
          </p>
          {props.conflictDiff && props.conflictDiff.some((part) => part.kind !== 'same') ? (
            <details open>
              <summary>The body as saved now, compared with yours</summary>
              <p class="hint">
                <del>Struck through</del>: in the saved article, not in yours. <ins>Underlined</ins>: only in yours.
              </p>
              <pre class="diff">{props.conflictDiff.map((part) => (part.kind === 'added' ? <ins>{part.text}</ins> : part.kind === 'removed' ? <del>{part.text}</del> : <span>{part.text}</span>))}</pre>
            </details>
          ) : null}
        </div>
      ) : null}
      {errorCount > 0 && !props.conflict ? (
        <p class="form-error" role="alert">
          Not saved yet: {errorCount === 1 ? 'one field needs' : `${errorCount} fields need`} attention. Everything you typed is still here.
        </p>
      ) : null}
      <p class="autosave-status" id="autosave-status" role="status" aria-live="polite"></p>
      <form method="post" action={action} class="editor" id="editor" data-article-id={articleId ?? ''} data-status={props.status ?? 'draft'} data-max-upload-bytes={String(props.maxUploadBytes)} data-media-library={props.canUseMedia ? 'yes' : 'no'}>
        <Csrf token={props.csrf} />
        <input type="hidden" name="version" value={values.version} />
        <div class="editor-main">
          <TextField name="headline" label="Headline" value={values.headline} errors={errors} required maxLength={300} />
          <TextField name="slug" label="Slug" value={values.slug} errors={errors} hint="The last part of the address. Left empty, it is made from the headline." />
          <div class={`field${errors.standfirst ? ' has-error' : ''}`}>
            <label for="standfirst">Standfirst</label>
            <textarea id="standfirst" name="standfirst" rows={2} aria-describedby={describedBy('standfirst', errors)}>
              {values.standfirst}
            </textarea>
            <FieldError name="standfirst" errors={errors} />
          </div>
          <div class={`field${errors.bodyMarkdown ? ' has-error' : ''}`}>
            <label for="bodyMarkdown">Body</label>
            <p class="hint" id="bodyMarkdown-hint">
              Markdown: blank line between paragraphs, ## for subheadings, &gt; for quotations, ![description](address "caption | credit") for images.
            </p>
            <textarea id="bodyMarkdown" name="bodyMarkdown" rows={22} aria-describedby={describedBy('bodyMarkdown', errors, true)}>
              {values.bodyMarkdown}
            </textarea>
            <FieldError name="bodyMarkdown" errors={errors} />
          </div>
          <section class="live-preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">Preview</h2>
            <div class="article-body" id="live-preview" dangerouslySetInnerHTML={{ __html: props.previewHtml }} />
          </section>
        </div>
        <div class="editor-side">
          <Fieldset legend="Placement">
            <div class={`field${errors.sectionId ? ' has-error' : ''}`}>
              <label for="sectionId">
                Section<span aria-hidden="true"> *</span>
              </label>
              <select id="sectionId" name="sectionId" required aria-describedby={describedBy('sectionId', errors)}>
                <option value="">Choose…</option>
                {treeOrder(props.sections).map(({ section }) => (
                  <option value={String(section.id)} selected={values.sectionId === String(section.id)}>
                    {trailName(props.sections, section)}
                  </option>
                ))}
              </select>
              <FieldError name="sectionId" errors={errors} />
            </div>
            <TextField name="tags" label="Tags" value={values.tags} errors={errors} hint="Separated by commas; new tags are created." />
            <TextField name="dateline" label="Dateline" value={values.dateline} errors={errors} hint="Where the story was filed, e.g. Geneva." />
            <TextField name="story" label="Story (series)" value={values.story} errors={errors} maxLength={120} list="story-suggestions" hint="The running story this article is part of, e.g. Tesse river treaty: its other articles come first in See also." />
            {props.storySuggestion ? (
              <>
                <datalist id="story-suggestions">
                  <option value={props.storySuggestion.story} />
                </datalist>
                <p class="hint story-suggestion">
                  This looks like part of the story <strong>{props.storySuggestion.story}</strong> ({props.storySuggestion.count} of its closest matches {props.storySuggestion.count === 1 ? 'belongs' : 'belong'} to it).
                </p>
              </>
            ) : null}
          </Fieldset>
          <BylineFields values={values} errors={errors} people={props.people} />
          <Fieldset legend="Featured image">
            <TextField name="imageUrl" label="Image address" value={values.imageUrl} errors={errors} hint="From the media library: start typing, or copy the address from the image's page." list="recent-media" />
            <datalist id="recent-media">
              {props.recentMedia.map((item) => (
                <option value={item.url} data-alt={item.alt} data-caption={item.caption} data-credit={item.credit}>
                  {item.label}
                </option>
              ))}
            </datalist>
            <TextField name="imageAlt" label="Alt text" value={values.imageAlt} errors={errors} hint="What the picture shows, for readers who cannot see it. Required to publish." />
            <TextField name="imageCaption" label="Caption" value={values.imageCaption} errors={errors} />
            <TextField name="imageCredit" label="Credit" value={values.imageCredit} errors={errors} />
            <input type="hidden" name="imageWidth" value={values.imageWidth} />
            <input type="hidden" name="imageHeight" value={values.imageHeight} />
          </Fieldset>
          <Fieldset legend="Search and sharing">
            <TextField name="seoTitle" label="SEO title" value={values.seoTitle} errors={errors} />
            <TextField name="seoDescription" label="SEO description" value={values.seoDescription} errors={errors} />
          </Fieldset>
          <div class="field checkbox">
            <input type="checkbox" id="commentsOpen" name="commentsOpen" checked={values.commentsOpen} />
            <label for="commentsOpen">Comments open</label>
          </div>
          {props.review}
          <Fieldset legend="Publishing">
            {props.can.publish ? (
              <TextField name="publishAt" label={`Publish at (${props.timeZone})`} type="datetime-local" value={values.publishAt} errors={errors} hint="For scheduling; Publish now ignores it." />
            ) : null}
            <div class="actions">
              <button type="submit" name="action" value="save">
                {props.status === 'published' ? 'Update' : 'Save draft'}
              </button>
              {props.can.submit ? (
                <button type="submit" name="action" value="submit">
                  Submit for review
                </button>
              ) : null}
              {props.can.publish && props.status !== 'published' ? (
                <>
                  <button type="submit" name="action" value="publish" class="primary">
                    Publish now
                  </button>
                  <button type="submit" name="action" value="schedule">
                    Schedule
                  </button>
                </>
              ) : null}
              {props.can.publish && props.status && props.status !== 'draft' ? (
                <button type="submit" name="action" value="unpublish">
                  {props.status === 'scheduled' ? 'Cancel schedule' : 'Unpublish'}
                </button>
              ) : null}
            </div>
          </Fieldset>
        </div>
      </form>
      {articleId && props.related ? <RelatedPanel articleId={articleId} csrf={props.csrf} data={props.related.data} {...(props.related.error && { error: props.related.error })} /> : null}
      {articleId && props.can.delete ? (
        <form method="post" action={`/admin/articles/${articleId}/delete`} class="danger-zone">
          <Csrf token={props.csrf} />
          <button type="submit" class="danger">
            Delete article
          </button>
        </form>
      ) : null}
    </AdminDocument>
  );
}
