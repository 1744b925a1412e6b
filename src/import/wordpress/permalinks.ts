// The old public paths of a WordPress site, stored as redirects so each answers with a 301: the
// item's own <link> (whatever permalink structure made it), the ?p=/?page_id=/?attachment_id=
// forms WordPress always answers, the structure given as an option, and the archive paths of
// categories, tags and authors. Feed variants (/feed/, /category/x/feed/) are not stored: the
// redirect resolver maps a feed path to the feed of whatever its base path leads to.
import { slugify } from '../../slug.ts';
import type { WxrItem } from './wxr-types.ts';

/** A path as the redirects table keys it: no trailing slash, the query kept only for WordPress's ?p= forms. */
export function toOldPath(url: string, base: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, base || 'http://wordpress.invalid');
  } catch {
    return undefined;
  }
  const path = parsed.pathname.replace(/\/+$/, '') || '/';
  const query = [...parsed.searchParams].find(([key]) => queryKeys.includes(key));
  if (query) return `/?${query[0]}=${encodeURIComponent(query[1])}`;
  return path === '/' ? undefined : path;
}

/** Query parameters WordPress resolves on its front page, in the order they are looked up. */
export const queryKeys = ['p', 'page_id', 'attachment_id', 'cat', 'tag', 'author'];

/** `%year%/%monthnum%/%day%/%postname%` and friends, for a structure given with --permalinks. */
export function structuredPath(structure: string, item: WxrItem, slug: string, category: string, authorNicename: string, localDate: string): string | undefined {
  const [date, time] = localDate.split(' ');
  const [year, month, day] = (date ?? '').split('-');
  const [hour, minute, second] = (time ?? '').split(':');
  const tokens: Record<string, string | undefined> = { year, monthnum: month, day, hour, minute, second, postname: slug, post_id: item.postId, category, author: authorNicename };
  let missing = false;
  const path = structure.replace(/%([a-z_]+)%/g, (_m, token: string) => {
    const value = tokens[token];
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? undefined : toOldPath(path, 'http://wordpress.invalid');
}

export function itemPaths(item: WxrItem, base: string): string[] {
  const paths = new Set<string>();
  const add = (path: string | undefined) => path && paths.add(path);
  add(toOldPath(item.link, base));
  // A GUID is a permalink only if it is not a ?p= of another post (copies keep their original's GUID).
  const guidPath = /^https?:/.test(item.guid) ? toOldPath(item.guid, base) : undefined;
  if (guidPath && !(guidPath.startsWith('/?') && !guidPath.endsWith(`=${item.postId}`))) add(guidPath);
  add(`/?p=${item.postId}`);
  if (item.postType === 'page') add(`/?page_id=${item.postId}`);
  if (item.postType === 'attachment') add(`/?attachment_id=${item.postId}`);
  return [...paths];
}

/** WordPress keeps slugs percent-encoded already; anything else is encoded once. */
const segment = (slug: string) => (/^[\w%.-]+$/.test(slug) ? slug.toLowerCase() : encodeURIComponent(slug));

/** WordPress's user_nicename is the login made URL-safe. */
export const authorNicename = (login: string) => slugify(login) || login.toLowerCase();

export function categoryPaths(id: string, slugTrail: string[]): string[] {
  return [`/category/${slugTrail.map(segment).join('/')}`, ...(id ? [`/?cat=${id}`] : [])];
}

export function tagPaths(slug: string): string[] {
  return [`/tag/${segment(slug)}`, `/?tag=${encodeURIComponent(slug)}`];
}

export function authorPaths(id: string, login: string): string[] {
  return [`/author/${segment(authorNicename(login))}`, ...(id ? [`/?author=${id}`] : [])];
}
