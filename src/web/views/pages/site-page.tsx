// A standing page (About, Contact, Corrections policy, Ethics): its title and its text, nothing
// dated — no dateline, byline or publication time, since the page speaks for the publication.
import type { SitePage } from '../../../content/content.ts';
import { pagePath } from '../../../content/content.ts';
import { breadcrumbListJsonLd } from '../../../discovery/structured-data/breadcrumb-list.ts';
import { Document } from '../document.tsx';
import type { PageContext } from '../page-context.ts';

export function SitePageView({ ctx, page }: { ctx: PageContext; page: SitePage }) {
  const path = pagePath(page);
  return (
    <Document ctx={ctx} meta={{ title: page.title, description: page.description || undefined, canonicalPath: path, structuredData: [breadcrumbListJsonLd([{ name: ctx.site.title, path: '/' }, { name: page.title, path }], ctx.baseUrl)] }}>
      <article class="article site-page">
        <header class="article-header">
          <h1 class="headline">{page.title}</h1>
        </header>
        <div class="article-body" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
      </article>
    </Document>
  );
}
