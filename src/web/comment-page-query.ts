// The addresses of comment pages. An article's first page of comments is the article itself;
// later ones add a keyset cursor, a top-level comment's id: `?after=ID` (the threads after it),
// `?before=ID` (the page before it), `?thread=ID` (one thread's replies; `&after=ID` a reply of
// it). A cursor that is not a whole number is a 400; one naming no comment of the article, a 404.
import { AppError } from '../errors.ts';
import type { CommentPage, CommentPlace } from '../comments/comment.ts';

export type CommentPageQuery = { after?: string; before?: string; thread?: string };

const idPattern = /^[1-9]\d{0,9}$/;

/** A comment id from the address, or a 400 naming the parameter. */
export function commentIdOf(raw: string, name: string): number {
  const value = Number(raw);
  if (!idPattern.test(raw) || value > 2_147_483_647) throw new AppError('VALIDATION_FAILED', `The ${name} "${raw.slice(0, 40)}" is not a comment number.`);
  return value;
}

export function commentPlaceOf(query: CommentPageQuery): CommentPlace {
  const read = (name: keyof CommentPageQuery) => (query[name] === undefined || query[name] === '' ? undefined : commentIdOf(String(query[name]), name));
  const [after, before, thread] = [read('after'), read('before'), read('thread')];
  if (thread !== undefined) return { kind: 'thread', thread, ...(after !== undefined && { after }) };
  if (after !== undefined && before !== undefined) throw new AppError('VALIDATION_FAILED', 'A comment page starts after one comment or before one, not both.');
  if (after !== undefined) return { kind: 'after', id: after };
  if (before !== undefined) return { kind: 'before', id: before };
  return { kind: 'first' };
}

/** The address of a comment page (with no fragment). */
export function commentPageHref(articlePath: string, place: CommentPlace): string {
  switch (place.kind) {
    case 'first':
      return articlePath;
    case 'after':
      return `${articlePath}?after=${place.id}`;
    case 'before':
      return `${articlePath}?before=${place.id}`;
    case 'thread':
      return `${articlePath}?thread=${place.thread}${place.after !== undefined ? `&after=${place.after}` : ''}`;
  }
}

/** The links between comment pages, as hrefs to the comments region. */
export interface CommentPager {
  earlier?: string;
  later?: string;
  /** On a thread's own page: the article page that shows the thread. */
  all?: string;
  thread?: number;
}

export function pagerOf(articlePath: string, page: CommentPage): CommentPager {
  const href = (place: CommentPlace | undefined) => (place ? `${commentPageHref(articlePath, place)}#comments` : undefined);
  const [earlier, later] = [href(page.earlier), href(page.later)];
  const all = page.all && page.thread !== undefined ? `${commentPageHref(articlePath, page.all)}#comment-${page.thread}` : undefined;
  return { ...(earlier && { earlier }), ...(later && { later }), ...(all && { all }), ...(page.thread !== undefined && { thread: page.thread }) };
}
