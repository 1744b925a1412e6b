// 404 and 500 pages, inside the site's own header and footer so a lost reader can go on.
import { Document } from '../document.tsx';
import type { PageContext } from '../page-context.ts';

export function ErrorPage({ ctx, status, path }: { ctx: PageContext; status: 404 | 500; path: string }) {
  const { strings } = ctx;
  const title = status === 404 ? strings.notFoundTitle : strings.errorTitle;
  return (
    <Document ctx={ctx} meta={{ title, canonicalPath: path, noindex: true }}>
      <div class="error-page">
        <p class="error-status">{status}</p>
        <h1>{title}</h1>
        <p>{status === 404 ? strings.notFoundBody : strings.errorBody}</p>
        <p>
          <a href="/">{strings.goHome}</a>
        </p>
      </div>
    </Document>
  );
}
