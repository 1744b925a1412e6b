// The people list and the person form (new, edit, or a writer's own profile). The private
// email is labelled as such: it is for the newsroom and never reaches a public page.
import { type Person, personPath } from '../../people/people.ts';
import type { PersonFormValues } from '../person-form.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { Csrf, ErrorSummary, type FieldErrors, Fieldset, Notice, TextAreaField, TextField } from './form-fields.tsx';

export function PeoplePage(props: AdminPageProps & { people: Person[]; notice?: string }) {
  return (
    <AdminDocument {...props} title="People">
      <div class="page-head">
        <h1>People</h1>
        <p>
          <a href="/admin/people/new" class="button-link">
            New person
          </a>
        </p>
      </div>
      <Notice text={props.notice} />
      <p class="count">{props.people.length === 1 ? '1 person' : `${props.people.length} people`}</p>
      <table class="listing">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Location</th>
            <th scope="col">Public page</th>
          </tr>
        </thead>
        <tbody>
          {props.people.map((person) => (
            <tr>
              <td>
                <a href={`/admin/people/${person.id}/edit`}>{person.name}</a>
              </td>
              <td>{person.roleTitle}</td>
              <td>{person.location}</td>
              <td>
                <a href={personPath(person)}>{personPath(person)}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminDocument>
  );
}

export interface PersonFormPageProps extends AdminPageProps {
  /** null for a new person. */
  personId: number | null;
  /** The person's current public path, when they exist. */
  publicPath: string | null;
  values: PersonFormValues;
  errors: FieldErrors;
  /** The viewer is editing their own profile (and may not manage everyone's). */
  ownProfile: boolean;
  notice?: string;
}

export function PersonFormPage(props: PersonFormPageProps) {
  const { values, errors, personId } = props;
  const heading = personId === null ? 'New person' : props.ownProfile ? 'Your profile' : `Edit ${values.name || 'person'}`;
  return (
    <AdminDocument {...props} title={heading}>
      <div class="page-head">
        <h1>{heading}</h1>
        <p class="page-links">
          {props.ownProfile ? null : <a href="/admin/people">All people</a>}
          {props.publicPath ? (
            <>
              {props.ownProfile ? null : ' · '}
              <a href={props.publicPath}>View on site</a>
            </>
          ) : null}
        </p>
      </div>
      <Notice text={props.notice} />
      <ErrorSummary errors={errors} />
      <form method="post" action={personId === null ? '/admin/people' : `/admin/people/${personId}`} class="admin-form">
        <Csrf token={props.csrf} />
        <Fieldset legend="Byline">
          <TextField name="name" label="Name" value={values.name} errors={errors} required maxLength={200} />
          <TextField name="slug" label="Slug" value={values.slug} errors={errors} hint={personId === null ? 'The last part of the author page address, /author/… Left empty, it is made from the name.' : 'The last part of the author page address, /author/… If you change it, the old address keeps working and redirects here.'} />
          <TextField name="roleTitle" label="Role title" value={values.roleTitle} errors={errors} hint="Shown after the name in bylines, e.g. Beijing correspondent." />
          <TextField name="location" label="Location" value={values.location} errors={errors} />
        </Fieldset>
        <Fieldset legend="Profile">
          <TextAreaField name="bio" label="Biography" value={values.bio} errors={errors} rows={5} />
          <TextField name="avatarUrl" label="Portrait address" value={values.avatarUrl} errors={errors} hint="A square image: https://… or a /media/… path from the media library." />
          <TextAreaField name="links" label="Links" value={values.links} errors={errors} rows={4} hint="One a line, as Label | https://address (for example Mastodon | https://example.social/@name)." />
        </Fieldset>
        <Fieldset legend="Private">
          <TextField name="email" label="Private email" type="email" value={values.email} errors={errors} hint="For the newsroom only: never shown on the site." />
        </Fieldset>
        <button type="submit" class="primary">
          {personId === null ? 'Create person' : 'Save profile'}
        </button>
      </form>
    </AdminDocument>
  );
}
