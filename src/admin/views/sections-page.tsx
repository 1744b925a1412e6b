// Sections in navigation order, each with Move up / Move down buttons (one small form each, so
// reordering works without JavaScript), a form to add a section, and the edit form.
import { type Section, sectionPath } from '../../content/content.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { Csrf, ErrorSummary, type FieldErrors, Notice, TextAreaField, TextField } from './form-fields.tsx';

export interface SectionFormValues {
  name: string;
  slug: string;
  description: string;
}

function MoveButton({ section, direction, csrf }: { section: Section; direction: 'up' | 'down'; csrf: string }) {
  return (
    <form method="post" action={`/admin/sections/${section.id}/move`} class="inline-form">
      <Csrf token={csrf} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit">
        <span aria-hidden="true">{direction === 'up' ? '↑ ' : '↓ '}</span>
        {direction === 'up' ? 'Move up' : 'Move down'}
        <span class="visually-hidden">: {section.name}</span>
      </button>
    </form>
  );
}

export function SectionsPage(props: AdminPageProps & { sections: Section[]; values: SectionFormValues; errors: FieldErrors; notice?: string }) {
  const { sections, values, errors } = props;
  return (
    <AdminDocument {...props} title="Sections">
      <h1>Sections</h1>
      <Notice text={props.notice} />
      <section aria-labelledby="order-heading">
        <h2 id="order-heading">Navigation order</h2>
        <p class="hint">Readers see the sections in this order in the site's navigation.</p>
        <table class="listing">
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Name</th>
              <th scope="col">Address</th>
              <th scope="col">Move</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((section, index) => (
              <tr id={`section-${section.id}`}>
                <td>{index + 1}</td>
                <td>
                  <a href={`/admin/sections/${section.id}/edit`}>{section.name}</a>
                </td>
                <td>
                  <a href={sectionPath(section)}>{sectionPath(section)}</a>
                </td>
                <td class="row-actions">
                  {index > 0 ? <MoveButton section={section} direction="up" csrf={props.csrf} /> : null}
                  {index < sections.length - 1 ? <MoveButton section={section} direction="down" csrf={props.csrf} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="new-heading" class="admin-form">
        <h2 id="new-heading">Add a section</h2>
        <ErrorSummary errors={errors} />
        <form method="post" action="/admin/sections">
          <Csrf token={props.csrf} />
          <TextField name="name" label="Name" value={values.name} errors={errors} required maxLength={100} />
          <TextField name="slug" label="Slug" value={values.slug} errors={errors} hint="The section's address, /… Left empty, it is made from the name." />
          <TextAreaField name="description" label="Description" value={values.description} errors={errors} rows={2} hint="Shown at the top of the section's page." />
          <button type="submit" class="primary">
            Add section
          </button>
        </form>
      </section>
    </AdminDocument>
  );
}

export function SectionEditPage(props: AdminPageProps & { section: Section; values: SectionFormValues; errors: FieldErrors; notice?: string }) {
  const { section, values, errors } = props;
  return (
    <AdminDocument {...props} title={`Edit ${section.name}`}>
      <div class="page-head">
        <h1>Edit section</h1>
        <p class="page-links">
          <a href="/admin/sections">All sections</a> · <a href={sectionPath(section)}>View on site</a>
        </p>
      </div>
      <Notice text={props.notice} />
      <ErrorSummary errors={errors} />
      <form method="post" action={`/admin/sections/${section.id}`} class="admin-form">
        <Csrf token={props.csrf} />
        <TextField name="name" label="Name" value={values.name} errors={errors} required maxLength={100} />
        <TextField name="slug" label="Slug" value={values.slug} errors={errors} required hint="The section's address, /… If you change it, the old address keeps working and redirects to the new one." />
        <TextAreaField name="description" label="Description" value={values.description} errors={errors} rows={3} hint="Shown at the top of the section's page." />
        <button type="submit" class="primary">
          Save section
        </button>
      </form>
    </AdminDocument>
  );
}
