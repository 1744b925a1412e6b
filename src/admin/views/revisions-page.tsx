// Revisions of one article: who saved, when, which fields changed; a readable word diff of the
// body between a revision and the current text; and a button to restore it.
import type { DiffPart, Revision } from '../../content/content.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { Csrf } from './form-fields.tsx';

export function RevisionsPage(props: AdminPageProps & { articleId: number; headline: string; revisions: Revision[]; currentVersion: number; timeZone: string; canRestore: boolean }) {
  const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: props.timeZone });
  return (
    <AdminDocument {...props} title={`Revisions: ${props.headline}`}>
      <h1>Revisions of “{props.headline}”</h1>
      <p>
        <a href={`/admin/articles/${props.articleId}/edit`}>Back to the editor</a>
      </p>
      <table class="desk">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">By</th>
            <th scope="col">Changed</th>
            <th scope="col">Compare</th>
          </tr>
        </thead>
        <tbody>
          {props.revisions.map((revision) => (
            <tr>
              <td>
                {revision.version}
                {revision.version === props.currentVersion ? ' (current)' : ''}
              </td>
              <td>
                <time datetime={revision.createdAt.toISOString()}>{format.format(revision.createdAt)}</time>
              </td>
              <td>{revision.userName ?? 'System'}</td>
              <td>{revision.changedFields.join(', ') || 'nothing'}</td>
              <td>
                <a href={`/admin/articles/${props.articleId}/revisions/${revision.id}`}>Compare with current</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminDocument>
  );
}

export function RevisionDiffPage(props: AdminPageProps & { articleId: number; revision: Revision; headlineDiff: DiffPart[]; bodyDiff: DiffPart[]; version: number; canRestore: boolean }) {
  const parts = (diff: DiffPart[]) =>
    diff.map((part) => (part.kind === 'added' ? <ins>{part.text}</ins> : part.kind === 'removed' ? <del>{part.text}</del> : <span>{part.text}</span>));
  return (
    <AdminDocument {...props} title={`Version ${props.revision.version}`}>
      <h1>Version {props.revision.version} compared with the current text</h1>
      <p class="hint">
        <del>Struck through</del>: in version {props.revision.version}, not now. <ins>Underlined</ins>: added since.
      </p>
      <h2>Headline</h2>
      <p class="diff">{parts(props.headlineDiff)}</p>
      <h2>Body</h2>
      <pre class="diff">{parts(props.bodyDiff)}</pre>
      {props.canRestore ? (
        <form method="post" action={`/admin/articles/${props.articleId}/revisions/${props.revision.id}/restore`}>
          <Csrf token={props.csrf} />
          <input type="hidden" name="version" value={String(props.version)} />
          <button type="submit" class="primary">
            Restore version {props.revision.version}
          </button>
        </form>
      ) : null}
      <p>
        <a href={`/admin/articles/${props.articleId}/revisions`}>All revisions</a>
      </p>
    </AdminDocument>
  );
}
