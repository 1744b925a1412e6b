// Tags with how many articles carry each, a page per tag to rename it, and merging it into
// another tag (its articles move over, its address redirects, the tag itself is removed).
import { type TagRef, type TagWithCount, tagPath } from '../../content/content.ts';
import type { Page } from '../../pagination.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { MergeForm } from './merge-form.tsx';
import { Csrf, ErrorSummary, type FieldErrors, Notice, TextField } from './form-fields.tsx';


export function TagsPage(props: AdminPageProps & { page: Page<TagWithCount>; notice?: string }) {
  const { page } = props;
  const href = (n: number) => (n > 1 ? `/admin/tags?page=${n}` : '/admin/tags');
  return (
    <AdminDocument {...props} title="Tags">
      <h1>Tags</h1>
      <Notice text={props.notice} />
      <p class="hint">Tags are created as writers add them to articles. Rename one here, or merge duplicates into one.</p>
      <p class="count">{page.total === 1 ? '1 tag' : `${page.total} tags`}</p>
      <table class="listing">
        <thead>
          <tr>
            <th scope="col">Tag</th>
            <th scope="col">Address</th>
            <th scope="col">Articles</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((tag) => (
            <tr>
              <td>
                <a href={`/admin/tags/${tag.id}/edit`}>{tag.name}</a>
              </td>
              <td>{tagPath(tag)}</td>
              <td class="number">{tag.articleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.pageCount > 1 ? (
        <nav class="pagination" aria-label="Pages">
          {page.page > 1 ? <a href={href(page.page - 1)}>← Previous</a> : <span />}
          <span>
            Page {page.page} of {page.pageCount}
          </span>
          {page.page < page.pageCount ? <a href={href(page.page + 1)}>Next →</a> : <span />}
        </nav>
      ) : null}
    </AdminDocument>
  );
}

export interface TagEditPageProps extends AdminPageProps {
  tag: TagWithCount;
  /** Every other tag, for "merge into". */
  others: TagRef[];
  values: { name: string; slug: string; intoId: string };
  errors: FieldErrors;
  notice?: string;
}

export function TagEditPage(props: TagEditPageProps) {
  const { tag, values, errors } = props;
  const renameErrors = { name: errors.name, slug: errors.slug };
  const mergeErrors = { intoId: errors.intoId };
  return (
    <AdminDocument {...props} title={`Tag: ${tag.name}`}>
      <div class="page-head">
        <h1>Tag: {tag.name}</h1>
        <p class="page-links">
          <a href="/admin/tags">All tags</a>
          {tag.articleCount > 0 ? (
            <>
              {' · '}
              <a href={tagPath(tag)}>View on site</a>
            </>
          ) : null}
        </p>
      </div>
      <Notice text={props.notice} />
      <p>{tag.articleCount === 1 ? '1 article carries' : `${tag.articleCount} articles carry`} this tag.</p>
      <section aria-labelledby="rename-heading" class="admin-form">
        <h2 id="rename-heading">Rename</h2>
        <ErrorSummary errors={renameErrors} />
        <form method="post" action={`/admin/tags/${tag.id}`}>
          <Csrf token={props.csrf} />
          <TextField name="name" label="Name" value={values.name} errors={renameErrors} required maxLength={100} />
          <TextField name="slug" label="Slug" value={values.slug} errors={renameErrors} required hint="The tag page's address, /tag/… If you change it, the old address redirects to the new one." />
          <button type="submit" class="primary">
            Save tag
          </button>
        </form>
      </section>
      <MergeForm kind="tag" name={tag.name} action={`/admin/tags/${tag.id}/merge`} csrf={props.csrf} value={values.intoId} errors={mergeErrors} choices={props.others.map((other) => ({ value: String(other.id), label: `${other.name} (${other.slug})` }))}>
        Every article tagged “{tag.name}” gets the tag you choose instead, the address {tagPath(tag)} redirects to that tag's page, and “{tag.name}” is removed. This cannot be undone.
      </MergeForm>
    </AdminDocument>
  );
}
