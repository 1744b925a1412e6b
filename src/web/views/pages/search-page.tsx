// The search page: the query and its filters (a plain GET form), then ranked results with the
// matched words in <mark>, a clear word when nothing matched, or why the query could not be
// searched. Highlights arrive as parts, never as HTML: every word here is escaped by Preact.
import { sectionPath, trailName, treeOrder } from '../../../content/content.ts';
import type { SearchFilters, SearchOutcome, SnippetPart } from '../../../discovery/search/search.ts';
import { maxQueryLength } from '../../../discovery/search/search.ts';
import { Byline } from '../components/byline.tsx';
import { Pagination, pageHref, pageLinks } from '../components/pagination.tsx';
import { Document } from '../document.tsx';
import { formatDate } from '../format.ts';
import type { PageContext } from '../page-context.ts';

export interface SearchPageProps {
  ctx: PageContext;
  /** What the reader typed, as typed. */
  query: string;
  outcome: SearchOutcome;
  authors: { slug: string; name: string }[];
  /** This search's URL without a page number. */
  path: string;
}

export function SearchPage({ ctx, query, outcome, authors, path }: SearchPageProps) {
  const { strings } = ctx;
  const heading = outcome.ok ? strings.searchResultsFor(query.trim()) : strings.search;
  const page = outcome.ok ? outcome.results : undefined;
  const title = page && page.page > 1 ? `${heading} – ${strings.pageOf(page.page, page.pageCount)}` : heading;
  return (
    <Document ctx={ctx} meta={{ title, canonicalPath: pageHref(path, page?.page ?? 1), noindex: true, ...(page && pageLinks(page, path)) }}>
      <header class="listing-header listing-search">
        <h1>{heading}</h1>
      </header>
      <SearchForm ctx={ctx} query={query} filters={outcome.filters} authors={authors} />
      {!outcome.ok ? (
        <div class={`search-message${outcome.problem === 'empty' ? '' : ' search-problem'}`}>
          <p>{strings.searchProblem(outcome.problem)}</p>
          <p class="search-tips">{strings.searchTips}</p>
        </div>
      ) : outcome.results.total === 0 ? (
        <div class="search-message search-empty">
          <p>{strings.searchNoResults}</p>
          <p class="search-tips">{strings.searchNoResultsHint}</p>
          <p class="search-tips">{strings.searchTips}</p>
        </div>
      ) : (
        <>
          <p class="search-count">{outcome.results.more ? strings.searchResultCountAtLeast(outcome.results.total) : strings.searchResultCount(outcome.results.total)}</p>
          <ol class="story-list search-results">
            {outcome.results.items.map((result) => (
              <li>
                <article class="story-card search-result">
                  <a class="section-label" href={sectionPath(result.article.section)}>
                    {result.article.section.name}
                  </a>
                  <h2 class="story-headline">
                    <a href={result.article.path}>
                      <Marked parts={result.headline} />
                    </a>
                  </h2>
                  {result.snippet.length > 0 ? (
                    <p class="search-snippet">
                      <Marked parts={result.snippet} />
                    </p>
                  ) : null}
                  <div class="story-meta">
                    <Byline authors={result.article.authors} strings={strings} withRoles={false} />
                    <time datetime={result.article.publishedAt.toISOString()}>{formatDate(result.article.publishedAt, ctx.site.language, ctx.site.timeZone)}</time>
                  </div>
                </article>
              </li>
            ))}
          </ol>
          <Pagination page={outcome.results} path={path} strings={strings} labels={{ previous: strings.searchPrevious, next: strings.searchNext }} />
        </>
      )}
    </Document>
  );
}

function Marked({ parts }: { parts: SnippetPart[] }) {
  return <>{parts.map((part) => (part.match ? <mark>{part.text}</mark> : part.text))}</>;
}

function SearchForm({ ctx, query, filters, authors }: { ctx: PageContext; query: string; filters: SearchFilters; authors: SearchPageProps['authors'] }) {
  const { strings } = ctx;
  return (
    <form class="search-form" action="/search" method="get">
      <p class="search-query">
        <label for="search-q">{strings.searchLabel}</label>
        <input id="search-q" type="search" name="q" value={query} maxLength={maxQueryLength} />
        <button type="submit">{strings.searchApply}</button>
      </p>
      <fieldset class="search-filters">
        <legend>{strings.searchFilters}</legend>
        <p>
          <label for="search-section">{strings.searchSection}</label>
          <select id="search-section" name="section">
            <option value="">{strings.searchAllSections}</option>
            {treeOrder(ctx.sections).map(({ section }) => (
              <option value={section.slug} selected={filters.section === section.slug}>
                {trailName(ctx.sections, section)}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="search-author">{strings.searchAuthor}</label>
          <select id="search-author" name="author">
            <option value="">{strings.searchAllAuthors}</option>
            {authors.map((author) => (
              <option value={author.slug} selected={filters.author === author.slug}>
                {author.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="search-from">{strings.searchFrom}</label>
          <input id="search-from" type="date" name="from" value={filters.from ?? ''} />
        </p>
        <p>
          <label for="search-to">{strings.searchTo}</label>
          <input id="search-to" type="date" name="to" value={filters.to ?? ''} />
        </p>
      </fieldset>
    </form>
  );
}
