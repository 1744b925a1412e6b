// 404, 429 and 500 pages, inside the site's own header and footer so a lost (or hurried) reader can go on.
import { Document } from '../document.tsx';
import type { PageContext } from '../page-context.ts';

export type ErrorPageProps = { ctx: PageContext; path: string } & ({ status: 404 | 500 } | { status: 429; retryAfterSeconds: number });

export function ErrorPage(props: ErrorPageProps) {
  const { ctx, status, path } = props;
  const { strings } = ctx;
  const title = status === 404 ? strings.notFoundTitle : status === 429 ? strings.tooManyTitle : strings.errorTitle;
  const body = props.status === 404 ? strings.notFoundBody : props.status === 429 ? strings.tooManyBody(props.retryAfterSeconds) : strings.errorBody;
  return (
    <Document ctx={ctx} meta={{ title, canonicalPath: path, noindex: true }}>
      <div class="error-page">
        <p class="error-status">{status}</p>
        <h1>{title}</h1>
        <p>{body}</p>
        <p>
          <a href="/">{strings.goHome}</a>
        </p>
      </div>
    </Document>
  );
}
