// The page cache's key for a request: the path, and only the query parameters that page reads,
// sorted, first value only, empty ones dropped. Tracking parameters (utm_*, fbclid, gclid, …)
// and anything else a page ignores leave the key alone, so a link shared with `?fbclid=…` is
// served from the cache like any other view. A trailing slash is ignored, as the router does.
const searchParams = ['q', 'section', 'author', 'from', 'to', 'page'];
const listParams = ['before', 'after'];
// An article's comment pages (web/comment-page-query.ts) and the reply form's target.
const articleParams = ['replyto', 'after', 'before', 'thread'];

function paramsRead(path: string): string[] {
  if (path === '/search' || path === '/search.json') return searchParams;
  if (path === '/corrections') return ['page'];
  const depth = path.split('/').length - 1;
  if (depth === 5) return articleParams; // /section/yyyy/mm/dd/slug
  return listParams;
}

export function cacheKeyOf(url: string): string {
  const question = url.indexOf('?');
  const rawPath = question < 0 ? url : url.slice(0, question);
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') || '/' : rawPath;
  if (question < 0) return path;
  const query = new URLSearchParams(url.slice(question + 1));
  const kept: string[] = [];
  for (const name of paramsRead(path)) {
    const value = query.get(name);
    if (value !== null && value !== '') kept.push(`${name}=${encodeURIComponent(value)}`);
  }
  return kept.length > 0 ? `${path}?${kept.sort().join('&')}` : path;
}
