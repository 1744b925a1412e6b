// The site's chrome kept between renders (cache/fragment-memo.ts): the header (one per section
// marked current), the footer (one per year in its imprint), the site's feed links and the
// head's fixed tail (stylesheet, icons). Built once by the public site's pageContext for every
// public page alike, kept as bytes under the page keys they are built from ('settings', 'nav'),
// so a menu, section or setting change drops them with the pages; `Document` places their
// markers and sendPage splices them in (render.ts). Nothing per reader is in them.
import type { FragmentMemo } from '../cache/fragment-memo.ts';
import { type KeptRegion, renderRegion } from './render.ts';
import { HeadTail, SiteFeedLinks } from './views/document.tsx';
import { SiteFooter } from './views/components/site-footer.tsx';
import { SiteHeader } from './views/components/site-header.tsx';
import type { PageContext, SiteChrome } from './views/page-context.ts';

/** The chrome for this page context, kept or rendered now; undefined when the memo is off (Document renders it inline). */
export function keptChrome(fragments: FragmentMemo, ctx: PageContext, ticket: number): SiteChrome | undefined {
  if (!fragments.enabled) return undefined;
  const region = (name: string, keys: string[], render: () => KeptRegion): KeptRegion => {
    const kept = fragments.get<KeptRegion>(name);
    if (kept) return kept;
    const made = render();
    fragments.keep(name, keys, made, made.bytes.length, ticket);
    return made;
  };
  const chromeKeys = ['settings', 'nav'];
  return {
    siteFeeds: region('chrome:feeds', chromeKeys, () => renderRegion(<SiteFeedLinks ctx={ctx} />)),
    headTail: region('chrome:head-tail', chromeKeys, () => renderRegion(<HeadTail ctx={ctx} />)),
    header: region(`chrome:header:${ctx.currentSection ?? ''}`, chromeKeys, () => renderRegion(<SiteHeader ctx={ctx} />)),
    footer: region(`chrome:footer:${ctx.now.getUTCFullYear()}`, chromeKeys, () => renderRegion(<SiteFooter ctx={ctx} />)),
  };
}

/** The page's own regions with the chrome around them, in page order (head, header, the page's, footer). */
export function withChrome(chrome: SiteChrome | undefined, regions: readonly KeptRegion[]): readonly KeptRegion[] {
  return chrome ? [chrome.siteFeeds, chrome.headTail, chrome.header, ...regions, chrome.footer] : regions;
}
