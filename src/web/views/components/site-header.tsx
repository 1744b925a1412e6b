// Masthead, a search box (a plain GET form: no script) and section navigation. `id="top"` is
// where "Back to top" lands.
import { sectionPath } from '../../../content/content.ts';
import { maxQueryLength } from '../../../discovery/search/search.ts';
import type { PageContext } from '../page-context.ts';

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
          {ctx.sections.map((section) => (
            <li>
              <a href={sectionPath(section)} aria-current={ctx.currentSection === section.slug ? 'page' : undefined}>
                {section.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
