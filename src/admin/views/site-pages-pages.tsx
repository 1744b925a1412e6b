// The newsroom's list of pages (About, Contact…) and the page form: title, slug, description,
// the text in Markdown, and whether it is published. Deleting is a separate small form.
import { pagePath, type SitePage } from '../../content/content.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { Csrf, ErrorSummary, type FieldErrors, Notice, SelectField, TextAreaField, TextField } from './form-fields.tsx';

export interface PageFormValues {
  title: string;
  slug: string;
  description: string;
  bodyMarkdown: string;
  status: string;
}

export function SitePagesPage(props: AdminPageProps & { pages: SitePage[]; notice?: string }) {
  return (
    <AdminDocument {...props} title="Pages">
      <div class="page-head">
        <h1>Pages</h1>
        <p class="page-links">
          <a href="/admin/pages/new">New page</a> · <a href="/admin/menus">Menus</a>
        </p>
      </div>
      <Notice text={props.notice} />
      <p class="hint">Standing pages such as About, Contact or the corrections policy: an address of their own, no dateline or byline. Add them to the footer on the Menus page.</p>
      {props.pages.length === 0 ? (
        <p>No pages yet.</p>
      ) : (
        <table class="listing">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Address</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {props.pages.map((page) => (
              <tr>
                <td>
                  <a href={`/admin/pages/${page.id}/edit`}>{page.title}</a>
                </td>
                <td>{page.status === 'published' ? <a href={pagePath(page)}>{pagePath(page)}</a> : pagePath(page)}</td>
                <td>{page.status === 'published' ? 'Published' : 'Draft'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminDocument>
  );
}

export function SitePageEditPage(props: AdminPageProps & { page?: SitePage; values: PageFormValues; errors: FieldErrors; notice?: string }) {
  const { page, values, errors } = props;
  return (
    <AdminDocument {...props} title={page ? `Edit ${page.title}` : 'New page'}>
      <div class="page-head">
        <h1>{page ? 'Edit page' : 'New page'}</h1>
        <p class="page-links">
          <a href="/admin/pages">All pages</a>
          {page?.status === 'published' ? (
            <>
              {' · '}
              <a href={pagePath(page)}>View on site</a>
            </>
          ) : null}
        </p>
      </div>
      <Notice text={props.notice} />
      <ErrorSummary errors={errors} />
      <form method="post" action={page ? `/admin/pages/${page.id}` : '/admin/pages'} class="admin-form">
        <Csrf token={props.csrf} />
        <TextField name="title" label="Title" value={values.title} errors={errors} required maxLength={200} />
        <TextField name="slug" label="Slug" value={values.slug} errors={errors} hint="The page's address, /… Left empty, it is made from the title. If you change it, the old address redirects." />
        <TextField name="description" label="Description" value={values.description} errors={errors} maxLength={300} hint="For search engines and link previews." />
        <TextAreaField name="bodyMarkdown" label="Text" value={values.bodyMarkdown} errors={errors} rows={16} hint="Markdown: ## for a heading, *italic*, **bold**, [a link](https://…)." />
        <SelectField name="status" label="Status" value={values.status} errors={errors} options={[{ value: 'draft', label: 'Draft (only the newsroom sees it)' }, { value: 'published', label: 'Published' }]} />
        <button type="submit" class="primary">
          Save page
        </button>
      </form>
      {page ? (
        <form method="post" action={`/admin/pages/${page.id}/delete`} class="danger-zone">
          <Csrf token={props.csrf} />
          <button type="submit" class="danger">Delete this page</button>
        </form>
      ) : null}
    </AdminDocument>
  );
}
