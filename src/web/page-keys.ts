// What a public page was built from, as the page cache's keys (and the Surrogate-Key header a
// CDN purges by). A route declares keys as it gathers data; the page cache stores them with the
// page; web/cache-invalidation.ts turns each change into the keys it makes stale.
//   a:ID article (its words, path, picture)   c:ID its comments   r:ID its related list
//   s:ID section (name, path)   sf:ID its front (description)   t:ID tag   p:ID person   nav  the section navigation   settings
//   l:home, l:s:ID, l:t:ID, l:p:ID  which articles a list holds   search  any search results
//   people  pages that list every writer (the search form's author filter)
//   corrections  the corrections page (any published article's notes)
//   pg:ID  a page (About, Contact…); nav also covers the header and footer menus
import type { FastifyRequest } from 'fastify';
import type { Article, ArticleSummary } from '../content/content.ts';

const keysOfRequest = new WeakMap<FastifyRequest, Set<string>>();

export function dependsOn(request: FastifyRequest, ...keys: string[]): void {
  let set = keysOfRequest.get(request);
  if (!set) keysOfRequest.set(request, (set = new Set()));
  for (const key of keys) set.add(key);
}

export function pageKeysOf(request: FastifyRequest): string[] {
  return [...(keysOfRequest.get(request) ?? [])];
}

export const articleKeys = (article: Pick<Article, 'id' | 'section' | 'authors' | 'tags'>): string[] => [
  `a:${article.id}`,
  `s:${article.section.id}`,
  ...article.authors.map((person) => `p:${person.id}`),
  ...article.tags.map((tag) => `t:${tag.id}`),
];

export const summaryKeys = (stories: Pick<ArticleSummary, 'id' | 'section' | 'authors'>[]): string[] =>
  stories.flatMap((story) => [`a:${story.id}`, `s:${story.section.id}`, ...story.authors.map((person) => `p:${person.id}`)]);
