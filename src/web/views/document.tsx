// The HTML document around every public page: <head> with title, description, canonical URL,
// Open Graph and Twitter card tags, feed and pagination links, JSON-LD, the one stylesheet and the site icon;
// <body> with the skip link, site header, main landmark and footer. The parts every page shares
// (site feeds, the head's tail, header, footer) are markers when the chrome is kept (web/site-chrome.tsx).
// No executable scripts (JSON-LD blocks are data): every page works without JavaScript.
import type { ComponentChildren } from 'preact';
import { feedLinks } from '../../discovery/feeds/feed-format.ts';
import { serializeJsonLd } from '../../discovery/structured-data/json-ld.ts';
import { siteFeed } from '../list-feeds.ts';
import { SiteFooter } from './components/site-footer.tsx';
import { SiteHeader } from './components/site-header.tsx';
import type { PageContext, PageMeta } from './page-context.ts';

/** `end`: markup after the footer, last in <body> (the comment form's token: see cache/token-slot.ts). */
export function Document({ ctx, meta, children, end }: { ctx: PageContext; meta: PageMeta; children: ComponentChildren; end?: ComponentChildren }) {
  const canonical = ctx.baseUrl + meta.canonicalPath;
  const fullTitle = meta.title === ctx.site.title ? meta.title : `${meta.title} | ${ctx.site.title}`;
  const image = meta.image ? absolute(ctx.baseUrl, meta.image) : null;
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
        {image ? <meta property="og:image" content={image} /> : null}
        {image && meta.imageAlt ? <meta property="og:image:alt" content={meta.imageAlt} /> : null}
        {meta.article ? <ArticleProperties article={meta.article} /> : null}
        <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
        <meta name="twitter:title" content={meta.title} />
        {meta.description ? <meta name="twitter:description" content={meta.description} /> : null}
        {image ? <meta name="twitter:image" content={image} /> : null}
        {image && meta.imageAlt ? <meta name="twitter:image:alt" content={meta.imageAlt} /> : null}
        {meta.prev ? <link rel="prev" href={ctx.baseUrl + meta.prev} /> : null}
        {meta.next ? <link rel="next" href={ctx.baseUrl + meta.next} /> : null}
        {ctx.chrome ? ctx.chrome.siteFeeds.marker : <SiteFeedLinks ctx={ctx} />}
        <FeedLinks ctx={ctx} feeds={meta.feeds ?? []} />
        {(meta.structuredData ?? []).map((data) => (
          // The one raw output besides the article body: JSON that serializeJsonLd has escaped so
          // it cannot close the element (no "<" survives). A data block, not run: the CSP allows it.
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
        ))}
        {ctx.chrome ? ctx.chrome.headTail.marker : <HeadTail ctx={ctx} />}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {ctx.strings.skipToContent}
        </a>
        {ctx.chrome ? ctx.chrome.header.marker : <SiteHeader ctx={ctx} />}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        {ctx.chrome ? ctx.chrome.footer.marker : <SiteFooter ctx={ctx} />}
        {end}
      </body>
    </html>
  );
}

/** The site's own feeds, announced on every page (kept with the chrome: web/site-chrome.tsx). */
export function SiteFeedLinks({ ctx }: { ctx: PageContext }) {
  const site = siteFeed(ctx.site);
  return <FeedLinks ctx={ctx} feeds={feedLinks(site.pagePath, site.title)} />;
}

function FeedLinks({ ctx, feeds }: { ctx: PageContext; feeds: { title: string; href: string; type: string }[] }) {
  return (
    <>
      {feeds.map((feed) => (
        <link rel="alternate" type={feed.type} title={feed.title} href={absolute(ctx.baseUrl, feed.href)} />
      ))}
    </>
  );
}

/** The head's last, fixed part: the stylesheet and the site icon (kept with the chrome). */
export function HeadTail({ ctx }: { ctx: PageContext }) {
  return (
    <>
      <link rel="stylesheet" href={ctx.stylesheetHref} />
      {ctx.icons.map((icon) => (
        <link rel="icon" href={icon.href} type={icon.type} {...(icon.sizes && { sizes: icon.sizes })} />
      ))}
    </>
  );
}

function ArticleProperties({ article }: { article: NonNullable<PageMeta['article']> }) {
  return (
    <>
      <meta property="article:published_time" content={article.publishedTime.toISOString()} />
      <meta property="article:modified_time" content={article.modifiedTime.toISOString()} />
      <meta property="article:section" content={article.section} />
      {article.authorUrls.map((url) => (
        <meta property="article:author" content={url} />
      ))}
      {article.tags.map((tag) => (
        <meta property="article:tag" content={tag} />
      ))}
    </>
  );
}

function absolute(baseUrl: string, url: string): string {
  return /^https?:\/\//.test(url) ? url : baseUrl + url;
}
