// Sign-in, first-run setup, and choosing a password from a one-time link.
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { Csrf, type FieldErrors, TextField } from './form-fields.tsx';

export function LoginPage(props: AdminPageProps & { email: string; next: string; error?: string; notice?: string }) {
  return (
    <AdminDocument {...props} title="Sign in">
      <div class="narrow">
        <h1>Sign in to the newsroom</h1>
        {props.notice ? <p class="notice">{props.notice}</p> : null}
        {props.error ? (
          <p class="form-error" role="alert">
            {props.error}
          </p>
        ) : null}
        <form method="post" action="/admin/login">
          <Csrf token={props.csrf} />
          <input type="hidden" name="next" value={props.next} />
          <TextField name="email" label="Email" type="email" value={props.email} errors={{}} required autocomplete="username" />
          <TextField name="password" label="Password" type="password" value="" errors={{}} required autocomplete="current-password" />
          <button type="submit" class="primary">
            Sign in
          </button>
        </form>
      </div>
    </AdminDocument>
  );
}

export function SetupPage(props: AdminPageProps & { token: string; values: { name: string; email: string }; errors: FieldErrors }) {
  return (
    <AdminDocument {...props} title="Set up Byline">
      <div class="narrow">
        <h1>Create the first administrator</h1>
        <p>This address was printed on the server's console. The account you create here can sign in and invite everyone else.</p>
        <form method="post" action="/admin/setup">
          <Csrf token={props.csrf} />
          <input type="hidden" name="token" value={props.token} />
          <TextField name="name" label="Your name" value={props.values.name} errors={props.errors} required autocomplete="name" />
          <TextField name="email" label="Email" type="email" value={props.values.email} errors={props.errors} required autocomplete="username" />
          <TextField name="password" label="Password" type="password" value="" errors={props.errors} required autocomplete="new-password" hint="At least 12 characters." />
          <button type="submit" class="primary">
            Create account and sign in
          </button>
        </form>
      </div>
    </AdminDocument>
  );
}

export function PasswordPage(props: AdminPageProps & { token: string; email: string; errors: FieldErrors }) {
  return (
    <AdminDocument {...props} title="Choose a password">
      <div class="narrow">
        <h1>Choose a password</h1>
        <p>For {props.email}. This link works once.</p>
        <form method="post" action="/admin/password">
          <Csrf token={props.csrf} />
          <input type="hidden" name="token" value={props.token} />
          <TextField name="password" label="New password" type="password" value="" errors={props.errors} required autocomplete="new-password" hint="At least 12 characters." />
          <button type="submit" class="primary">
            Save password
          </button>
        </form>
      </div>
    </AdminDocument>
  );
}
