// The WordPress import in the admin: the upload form, and the progress page that becomes the
// fidelity report when the import ends (it reloads itself through a Refresh header, no script).
import type { ImportJob } from '../import-jobs.ts';
import { AdminDocument, type AdminPageProps } from './admin-document.tsx';
import { Csrf } from './form-fields.tsx';

export function ImportFormPage(props: AdminPageProps & { maxUploadMb: number; error?: string }) {
  return (
    <AdminDocument {...props} title="Import from WordPress">
      <h1>Import from WordPress</h1>
      <p>
        Upload the file WordPress makes under Tools → Export (“All content”). Posts, pages, authors, categories, tags and comments come across; every old address
        keeps working. Importing the same file again updates what changed and duplicates nothing.
      </p>
      {props.error ? (
        <p class="form-error" role="alert" id="import-error">
          {props.error}
        </p>
      ) : null}
      <form method="post" action="/admin/import/wordpress" enctype="multipart/form-data" class="upload">
        <Csrf token={props.csrf} />
        <div class="field">
          <label for="file">WordPress export (.xml)</label>
          <p class="hint" id="file-hint">
            Up to {props.maxUploadMb} MB here; larger exports, and images from wp-content/uploads, import with <code>byline import wordpress</code> (see docs/import.md).
          </p>
          <input id="file" name="file" type="file" accept=".xml,text/xml,application/xml" required aria-describedby={props.error ? 'file-hint import-error' : 'file-hint'} />
        </div>
        <div class="field">
          <label for="permalinks">Old permalink structure (optional)</label>
          <input id="permalinks" name="permalinks" type="text" placeholder="/%year%/%monthnum%/%postname%/" />
        </div>
        <p class="field">
          <label>
            <input type="checkbox" name="createAccounts" value="1" /> Create a newsroom account (author, no password until they set one) for each WordPress author
          </label>
        </p>
        <p class="field">
          <label>
            <input type="checkbox" name="keepPingbacks" value="1" /> Keep pingbacks and trackbacks as comments
          </label>
        </p>
        <button type="submit">Import</button>
      </form>
    </AdminDocument>
  );
}

export function ImportProgressPage(props: AdminPageProps & { job: ImportJob }) {
  const { job } = props;
  const running = job.phase === 'checking' || job.phase === 'importing';
  return (
    <AdminDocument {...props} title={`Import of ${job.filename}`}>
      <h1>Import of {job.filename}</h1>
      {running ? (
        <>
          <p role="status">{job.phase === 'checking' ? 'Checking the file…' : 'Importing…'} This page updates itself.</p>
          <progress max={job.totalBytes || 1} value={job.bytesRead} aria-label="Progress" />
        </>
      ) : null}
      {job.phase === 'failed' ? (
        <p class="form-error" role="alert">
          The import stopped and nothing was changed: {job.error}
        </p>
      ) : null}
      {job.phase === 'done' && job.report ? (
        <>
          <p role="status" class={job.report.losses.length === 0 ? 'notice' : 'form-error'}>
            {job.report.losses.length === 0 ? 'Imported. Nothing was lost.' : `Imported, but ${job.report.losses.length} thing(s) did not come across whole: see the end of the report.`}
          </p>
          <pre class="import-report">{job.reportText}</pre>
        </>
      ) : null}
      <p>
        <a href="/admin/import/wordpress">Import another file</a>
      </p>
    </AdminDocument>
  );
}
