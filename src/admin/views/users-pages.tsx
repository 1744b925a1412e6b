// Newsroom accounts: the list with roles, the form to invite or change a user, and the page
// that shows a one-time password link once (it is never stored in a readable form or logged).
import { linkLifetimeMs, type Role, roles, type User } from '../../auth/auth.ts';
import type { PasswordLinkDelivery } from '../../notifications/password-link-mail.ts';
import type { Person } from '../../people/people.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { Csrf, ErrorSummary, type FieldErrors, Fieldset, Notice, SelectField, TextField } from './form-fields.tsx';

export const roleLabels: Record<Role, string> = {
  administrator: 'Administrator: everything, including users and settings',
  editor: 'Editor: edits and publishes anyone’s articles; people, sections, tags',
  author: 'Author: writes and publishes their own articles',
  contributor: 'Contributor: writes drafts and submits them for review',
};

function status(user: User, now: Date): string {
  if (user.lockedUntil && user.lockedUntil > now) return 'Sign-ins slowed after many failures';
  return user.hasPassword ? 'Active' : 'Invited: no password yet';
}

export function UsersPage(props: AdminPageProps & { users: User[]; people: Pick<Person, 'id' | 'name'>[]; now: Date; notice?: string }) {
  const names = new Map(props.people.map((person) => [person.id, person.name]));
  return (
    <AdminDocument {...props} title="Users">
      <div class="page-head">
        <h1>Users</h1>
        <p>
          <a href="/admin/users/new" class="button-link">
            New user
          </a>
        </p>
      </div>
      <Notice text={props.notice} />
      <table class="listing">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Byline profile</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {props.users.map((user) => (
            <tr>
              <td>
                <a href={`/admin/users/${user.userId}/edit`}>{user.name}</a>
              </td>
              <td>{user.email}</td>
              <td class="user-role">{user.role}</td>
              <td>{user.personId !== null ? (names.get(user.personId) ?? '—') : '—'}</td>
              <td>{status(user, props.now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminDocument>
  );
}

export interface UserFormValues {
  email: string;
  name: string;
  role: string;
  personId: string;
}

export interface UserFormPageProps extends AdminPageProps {
  /** null when inviting a new user. */
  user: User | null;
  values: UserFormValues;
  errors: FieldErrors;
  people: Pick<Person, 'id' | 'name'>[];
  notice?: string;
}

export function UserFormPage(props: UserFormPageProps) {
  const { user, values, errors } = props;
  const heading = user ? `Edit ${user.name}` : 'New user';
  const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));
  const personOptions = [{ value: '', label: 'None' }, ...props.people.map((person) => ({ value: String(person.id), label: person.name }))];
  return (
    <AdminDocument {...props} title={heading}>
      <div class="page-head">
        <h1>{heading}</h1>
        <p class="page-links">
          <a href="/admin/users">All users</a>
        </p>
      </div>
      <Notice text={props.notice} />
      <ErrorSummary errors={errors} />
      <form method="post" action={user ? `/admin/users/${user.userId}` : '/admin/users'} class="admin-form">
        <Csrf token={props.csrf} />
        <Fieldset legend="Account">
          {user ? (
            <p>
              Email: <strong>{user.email}</strong>
            </p>
          ) : (
            <TextField name="email" label="Email" type="email" value={values.email} errors={errors} required autocomplete="off" />
          )}
          <TextField name="name" label="Name" value={values.name} errors={errors} required maxLength={200} />
          <SelectField name="role" label="Role" value={values.role} errors={errors} options={roleOptions} required />
          <SelectField name="personId" label="Byline profile" value={values.personId} errors={errors} options={personOptions} hint="The person this user writes as: their articles are “mine”, and they may edit that profile." />
        </Fieldset>
        <button type="submit" class="primary">
          {user ? 'Save user' : 'Create user and make a password link'}
        </button>
      </form>
      {user ? (
        <section aria-labelledby="reset-heading" class="admin-form">
          <h2 id="reset-heading">Password</h2>
          <p>A new one-time link lets {user.name} choose a new password; when they use it, their open sessions end. Their current password keeps working until then.</p>
          <form method="post" action={`/admin/users/${user.userId}/reset`}>
            <Csrf token={props.csrf} />
            <button type="submit">Make a password reset link</button>
          </form>
        </section>
      ) : null}
    </AdminDocument>
  );
}

/** Shown once, straight after the link is made: the link is not kept anywhere it can be read again. */
export function PasswordLinkPage(props: AdminPageProps & { user: User; link: string; kind: 'created' | 'reset'; delivery: PasswordLinkDelivery }) {
  const { user, link, delivery } = props;
  const heading = props.kind === 'created' ? 'User created' : 'Password reset link';
  return (
    <AdminDocument {...props} title={heading} extraScript={props.assets.copyLinkJs}>
      <div class="narrow">
        <h1>{heading}</h1>
        <p class="notice" role="status">
          {props.kind === 'created' ? `${user.name} (${user.email}) can sign in as ${user.role} once they have chosen a password.` : `A new password link for ${user.name} (${user.email}).`}
        </p>
        <div class="field">
          <label for="password-link">One-time link</label>
          <p class="hint" id="password-link-hint">
            {delivery.status === 'sent' ? `We emailed it to ${user.email}; you can also pass it on yourself. ` : `Send this to ${user.email} privately. `}
            It works once, for {linkLifetimeMs / 3_600_000} hours, and will not be shown again.
          </p>
          <input id="password-link" type="text" readOnly value={link} aria-describedby="password-link-hint" />
          <button type="button" data-copy="password-link" hidden>
            Copy link
          </button>
          <span id="password-link-copied" role="status"></span>
        </div>
        {delivery.status === 'failed' ? (
          <p class="form-error" role="alert">
            The link could not be emailed, so send it yourself. {delivery.reason}
          </p>
        ) : delivery.status === 'off' ? (
          <p class="hint">Email is not set up (BYLINE_SMTP_URL), so the link was not emailed.</p>
        ) : null}
        <p>
          <a href={`/admin/users/${user.userId}/edit`}>Back to {user.name}</a> · <a href="/admin/users">All users</a>
        </p>
      </div>
    </AdminDocument>
  );
}
