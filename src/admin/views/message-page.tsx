// A short message in the admin's chrome: not allowed, not found, signed out, form expired.
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';

export function MessagePage(props: AdminPageProps & { title: string; message: string; link?: { href: string; label: string } }) {
  return (
    <AdminDocument {...props} title={props.title}>
      <h1>{props.title}</h1>
      <p class="message">{props.message}</p>
      {props.link ? (
        <p>
          <a href={props.link.href}>{props.link.label}</a>
        </p>
      ) : (
        <p>
          <a href="/admin">Back to the newsroom</a>
        </p>
      )}
    </AdminDocument>
  );
}
