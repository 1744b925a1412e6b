// The HTML document around every public page: <head> with title, description, canonical URL
// and the one stylesheet; <body> with the skip link, site header, main landmark and footer.
// No scripts: every page works without JavaScript.
import type { ComponentChildren } from 'preact';
import { SiteFooter } from './components/site-footer.tsx';
import { SiteHeader } from './components/site-header.tsx';
import type { PageContext, PageMeta } from './page-context.ts';

export function Document({ ctx, meta, children }: { ctx: PageContext; meta: PageMeta; children: ComponentChildren }) {
  const canonical = ctx.baseUrl + meta.canonicalPath;
  const fullTitle = meta.title === ctx.site.title ? meta.title : `${meta.title} | ${ctx.site.title}`;
  return (
    <html lang={ctx.site.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {meta.description ? <meta name="description" content={meta.description} /> : null}
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={canonical} />
        <meta name="color-scheme" content="light dark" />
        <meta property="og:site_name" content={ctx.site.title} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:type" content={meta.type ?? 'website'} />
        <meta property="og:url" content={canonical} />
        {meta.description ? <meta property="og:description" content={meta.description} /> : null}
        {meta.image ? <meta property="og:image" content={absolute(ctx.baseUrl, meta.image)} /> : null}
        <link rel="stylesheet" href={ctx.stylesheetHref} />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {ctx.strings.skipToContent}
        </a>
        <SiteHeader ctx={ctx} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter ctx={ctx} />
      </body>
    </html>
  );
}

function absolute(baseUrl: string, url: string): string {
  return /^https?:\/\//.test(url) ? url : baseUrl + url;
}
