// Newer/older links between pages of a list, with rel=prev/next. Page 1 is the bare path (which
// may carry a query string of its own, as search's does).
import type { Page } from '../../../pagination.ts';
import type { Strings } from '../../strings.ts';

export function pageHref(path: string, page: number): string {
  return page <= 1 ? path : `${path}${path.includes('?') ? '&' : '?'}page=${page}`;
}

/** The neighbouring pages, for <link rel="prev|next"> in the head. */
export function pageLinks(page: Page<unknown>, path: string): { prev?: string; next?: string } {
  return {
    ...(page.page > 1 && { prev: pageHref(path, page.page - 1) }),
    ...(page.page < page.pageCount && { next: pageHref(path, page.page + 1) }),
  };
}

/** `labels` replace "Newer"/"Older" where a list is not in date order (search results). */
export function Pagination({ page, path, strings, labels }: { page: Page<unknown>; path: string; strings: Strings; labels?: { previous: string; next: string } }) {
  if (page.pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={strings.pagination}>
      {page.page > 1 ? (
        <a rel="prev" href={pageHref(path, page.page - 1)}>
          ← {labels?.previous ?? strings.previousPage}
        </a>
      ) : (
        <span />
      )}
      <span class="page-of" aria-current="page">
        {strings.pageOf(page.page, page.pageCount)}
      </span>
      {page.page < page.pageCount ? (
        <a rel="next" href={pageHref(path, page.page + 1)}>
          {labels?.next ?? strings.nextPage} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
