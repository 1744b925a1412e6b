// Site search: `/search?q=…` (a page) and `/search.json?q=…` (the same results as data), with
// `section`, `author`, `from`, `to` and `page`. Any query answers: one that cannot be searched
// gets a page saying why (the JSON a 400), never a 500. Static paths route before `/:section`.
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { sectionPath } from '../../content/content.ts';
import { absoluteUrl } from '../../discovery/absolute-url.ts';
import { plainText, type SearchFilters } from '../../discovery/search/search.ts';
import { personPath } from '../../people/people.ts';
import { parsePage } from '../page-request.ts';
import type { PublicSite } from '../public-site.ts';
import { dependsOn, summaryKeys } from '../page-keys.ts';
import { publicPageCache } from '../../cache/http-cache.ts';
import { stringsFor } from '../strings.ts';
import { SearchPage } from '../views/pages/search-page.tsx';

const searchCache = publicPageCache;

type SearchQuery = { Querystring: Record<string, unknown> };

/** A query-string value as one string: a repeated parameter counts by its first value. */
function single(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function readSearch(request: FastifyRequest<SearchQuery>): { query: string; filters: SearchFilters } {
  const raw = request.query;
  const filters: SearchFilters = {};
  for (const key of ['section', 'author', 'from', 'to'] as const) {
    const value = single(raw[key]).trim();
    if (value !== '') filters[key] = value;
  }
  return { query: single(raw.q), filters };
}

/** The URL of a search without its page number: what pagination and the canonical link build on. */
function searchPath(query: string, filters: SearchFilters): string {
  const params = new URLSearchParams({ q: query.trim() });
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return `/search?${params.toString()}`;
}

/** `limit` (search-rate-limit.ts), when set, spends one search of the client's budget on either route. */
export function registerSearchRoutes(app: FastifyInstance, { services, config }: AppContext, site: PublicSite, limit?: onRequestAsyncHookHandler): void {
  const { search, people, settings } = services;
  const limited = limit ? { onRequest: limit } : {};

  app.get<SearchQuery>('/search', limited, async (request, reply) => {
    const pageRequest = parsePage(single(request.query.page) || undefined, config.pageSize);
    if (!pageRequest) return site.notFound(request, reply);
    const { query, filters } = readSearch(request);
    const outcome = await search.search(query, filters, pageRequest);
    if (outcome.ok && pageRequest.page > outcome.results.pageCount) return site.notFound(request, reply);
    const [ctx, everyone] = await Promise.all([site.pageContext(request), people.listAllPeople()]);
    const authors = everyone.map((person) => ({ slug: person.slug, name: person.name }));
    reply.header('cache-control', searchCache);
    dependsOn(request, 'search', 'people', ...(outcome.ok ? summaryKeys(outcome.results.items.map((result) => result.article)) : []));
    return site.sendPage(reply, <SearchPage ctx={ctx} query={query} outcome={outcome} authors={authors} path={searchPath(query, outcome.filters)} />);
  });

  app.get<SearchQuery>('/search.json', limited, async (request, reply) => {
    const pageRequest = parsePage(single(request.query.page) || undefined, config.pageSize);
    reply.header('cache-control', searchCache).type('application/json; charset=utf-8');
    if (!pageRequest) return reply.code(400).send({ error: 'INVALID_PAGE', message: 'page must be a whole number from 1.' });
    const { query, filters } = readSearch(request);
    const outcome = await search.search(query, filters, pageRequest);
    if (!outcome.ok) {
      const strings = stringsFor((await settings.getSiteSettings()).language);
      return reply.code(400).send({ error: 'INVALID_QUERY', problem: outcome.problem, message: strings.searchProblem(outcome.problem) });
    }
    const { items, ...page } = outcome.results;
    const url = (path: string) => absoluteUrl(config.baseUrl, path);
    return reply.send({
      query: query.trim(),
      filters: outcome.filters,
      ...page,
      results: items.map(({ article, snippet }) => ({
        id: article.id,
        headline: article.headline,
        url: url(article.path),
        section: { name: article.section.name, url: url(sectionPath(article.section)) },
        authors: article.authors.map((author) => ({ name: author.name, url: url(personPath(author)) })),
        publishedAt: article.publishedAt.toISOString(),
        snippet: plainText(snippet),
        snippetParts: snippet,
      })),
    });
  });
}
