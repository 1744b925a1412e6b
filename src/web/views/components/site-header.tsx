// Masthead, a search box (a plain GET form: no script) and the header menu (content/menu.ts). `id="top"` is
// where "Back to top" lands. The header lists top-level entries only; inside a subsection, its
// top-level ancestor is marked current (subsections are listed on their parent's front).
import { sectionTrail } from '../../../content/content.ts';
import { maxQueryLength } from '../../../discovery/search/search.ts';
import type { PageContext } from '../page-context.ts';

/** 'page' for the current section's own entry, 'true' for an ancestor's. */
function currentness(ctx: PageContext, slug: string | undefined): 'page' | 'true' | undefined {
  if (slug === undefined || ctx.currentSection === undefined) return undefined;
  if (slug === ctx.currentSection) return 'page';
  const current = ctx.sections.find((section) => section.slug === ctx.currentSection);
  return current && sectionTrail(ctx.sections, current.id).some((section) => section.slug === slug) ? 'true' : undefined;
}

export function SiteHeader({ ctx }: { ctx: PageContext }) {
  return (
    <header class="site-header" id="top">
      <div class="masthead">
        <a class="site-title" href="/">
          {ctx.site.logoUrl ? <img class="site-logo" src={ctx.site.logoUrl} alt="" width={40} height={40} /> : null}
          <span>{ctx.site.title}</span>
        </a>
        {ctx.site.tagline ? <p class="site-tagline">{ctx.site.tagline}</p> : null}
        <form class="site-search" role="search" aria-label={ctx.strings.search} action="/search" method="get">
          <label class="visually-hidden" for="site-search-q">
            {ctx.strings.searchLabel}
          </label>
          <input id="site-search-q" type="search" name="q" maxLength={maxQueryLength} autocomplete="off" />
          <button type="submit">{ctx.strings.search}</button>
        </form>
      </div>
      <nav class="site-nav" aria-label={ctx.strings.sectionsNav}>
        <ul>
          {ctx.navigation.header.map((link) => (
            <li>
              <a href={link.href} aria-current={currentness(ctx, link.sectionSlug)}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
