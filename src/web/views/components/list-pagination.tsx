// Newer/older links between pages of a list read by keyset (a front, a tag, a writer): each page
// is `?before=<cursor>` or `?after=<cursor>`; the newest is the bare path. No page numbers: the
// count of a large archive is not worth its cost on every view.
import type { CursorPage } from '../../../pagination.ts';
import type { Strings } from '../../strings.ts';

const withQuery = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`;

/** This page's own address: its canonical URL. */
export function listPageHref(path: string, page: CursorPage<unknown>): string {
  if (!page.position) return path;
  return 'before' in page.position ? withQuery(path, `before=${page.position.before}`) : withQuery(path, `after=${page.position.after}`);
}

/** The neighbouring pages, for <link rel="prev|next"> in the head. */
export function listPageLinks(path: string, page: CursorPage<unknown>): { prev?: string; next?: string } {
  return {
    ...(page.newer && { prev: withQuery(path, `after=${page.newer}`) }),
    ...(page.older && { next: withQuery(path, `before=${page.older}`) }),
  };
}

/** For a title: the newest page has none, later ones say they are older. */
export const listPageTitle = (heading: string, page: CursorPage<unknown>, strings: Strings) => (page.position ? `${heading} – ${strings.nextPage}` : heading);

export function ListPagination({ page, path, strings }: { page: CursorPage<unknown>; path: string; strings: Strings }) {
  if (!page.newer && !page.older) return null;
  const links = listPageLinks(path, page);
  return (
    <nav class="pagination" aria-label={strings.pagination}>
      {links.prev ? (
        <a rel="prev" href={links.prev}>
          ← {strings.previousPage}
        </a>
      ) : (
        <span />
      )}
      {links.next ? (
        <a rel="next" href={links.next}>
          {strings.nextPage} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
