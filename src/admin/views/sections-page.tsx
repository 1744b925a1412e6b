// Sections as a tree in navigation order (each under its parent), each with Move up / Move down
// buttons among its siblings (one small form each, so reordering works without JavaScript), a
// form to add a section, and the edit form with its parent and a merge into another section.
import { childrenOf, maxSectionDepth, type Section, sectionPath, subtreeIds, trailName, treeOrder } from '../../content/content.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { MergeForm } from './merge-form.tsx';
import { Csrf, ErrorSummary, type FieldErrors, Notice, SelectField, TextAreaField, TextField } from './form-fields.tsx';

export interface SectionFormValues {
  name: string;
  slug: string;
  description: string;
  /** '' for none: the top of the navigation. */
  parentId: string;
}

/** The parents a section may take: none, or any section outside its own subtree. */
function parentOptions(sections: Section[], self?: Section) {
  const below = self ? subtreeIds(sections, self.id) : [];
  const fits = treeOrder(sections).filter(({ section, depth }) => !below.includes(section.id) && depth < maxSectionDepth - 1);
  return [{ value: '', label: 'None (top of the navigation)' }, ...fits.map(({ section }) => ({ value: String(section.id), label: trailName(sections, section) }))];
}

const parentHint = 'A section under another appears on its parent\'s page, and its stories on its parent\'s front. Its address is the parent\'s followed by its own slug; articles keep theirs.';

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
  const rows = treeOrder(sections);
  return (
    <AdminDocument {...props} title="Sections">
      <h1>Sections</h1>
      <Notice text={props.notice} />
      <section aria-labelledby="order-heading">
        <h2 id="order-heading">Navigation order</h2>
        <p class="hint">Readers see the sections in this order in the site's navigation; a subsection is listed under its parent and moves among its siblings.</p>
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
            {rows.map(({ section, depth }) => {
              const siblings = childrenOf(sections, section.parentId);
              const index = siblings.indexOf(section);
              return (
              <tr id={`section-${section.id}`}>
                <td>{index + 1}</td>
                <td class={depth > 0 ? `tree-depth-${depth}` : undefined}>
                  {depth > 0 ? <span class="visually-hidden">{`Under ${trailName(sections, sections.find((s) => s.id === section.parentId)!)}: `}</span> : null}
                  <a href={`/admin/sections/${section.id}/edit`}>{section.name}</a>
                </td>
                <td>
                  <a href={sectionPath(section)}>{sectionPath(section)}</a>
                </td>
                <td class="row-actions">
                  {index > 0 ? <MoveButton section={section} direction="up" csrf={props.csrf} /> : null}
                  {index < siblings.length - 1 ? <MoveButton section={section} direction="down" csrf={props.csrf} /> : null}
                </td>
              </tr>
              );
            })}
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
          <SelectField name="parentId" label="Parent section" value={values.parentId} errors={errors} options={parentOptions(sections)} hint={parentHint} />
          <TextAreaField name="description" label="Description" value={values.description} errors={errors} rows={2} hint="Shown at the top of the section's page." />
          <button type="submit" class="primary">
            Add section
          </button>
        </form>
      </section>
    </AdminDocument>
  );
}

export function SectionEditPage(props: AdminPageProps & { section: Section; sections: Section[]; values: SectionFormValues & { intoId: string }; errors: FieldErrors; notice?: string }) {
  const { section, sections, values } = props;
  const errors = { ...props.errors, intoId: undefined };
  const mergeErrors = { intoId: props.errors.intoId };
  const below = subtreeIds(sections, section.id);
  const others = treeOrder(sections).filter(({ section: other }) => !below.includes(other.id));
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
        <SelectField name="parentId" label="Parent section" value={values.parentId} errors={errors} options={parentOptions(sections, section)} hint={`${parentHint} Moving it redirects its old address (and its subsections').`} />
        <TextAreaField name="description" label="Description" value={values.description} errors={errors} rows={3} hint="Shown at the top of the section's page." />
        <button type="submit" class="primary">
          Save section
        </button>
      </form>
      <MergeForm kind="section" name={section.name} action={`/admin/sections/${section.id}/merge`} csrf={props.csrf} value={values.intoId} errors={mergeErrors} choices={others.map(({ section: other }) => ({ value: String(other.id), label: trailName(sections, other) }))}>
        Every article in “{section.name}” moves to the section you choose, its subsections move under that section, the address {sectionPath(section)} redirects to its front, and “{section.name}” is removed. Articles keep working at their old addresses. This cannot be undone.
      </MergeForm>
    </AdminDocument>
  );
}
