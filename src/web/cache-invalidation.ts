// Keeps cached pages true: every change a reader could see becomes the page keys it makes stale
// (page-keys.ts), dropped here and on every other instance (cache/invalidation-bus.ts), within a
// second. Listeners run after the related and search refreshes (subscribed first, in
// app-context.ts), so the related lists that now hold an article are already stored.
import type { AppContext } from '../app-context.ts';
import type { InvalidationBus } from '../cache/invalidation-bus.ts';
import type { PageCache } from '../cache/page-cache.ts';
import type { EventMap } from '../events.ts';

/** How many related stories an article page shows ("See also" and the Related list: web/routes/article.routes.tsx). */
export const relatedShown = 5;

export interface CacheInvalidation {
  /** Drops these keys here and on every other instance. */
  purge(keys: string[]): Promise<void>;
  /** Resolves when the purges triggered so far have been published. */
  settled(): Promise<void>;
}

/** What else besides the page cache holds copies that a key makes stale (settings, navigation). */
export type LocalCopies = (keys: string[]) => void;

/** Bodies rendered again show only on their own pages (feeds are not in the page cache). */
export function resanitizedKeys({ articleIds, pageIds }: EventMap['bodies.resanitized']): string[] {
  return [...articleIds.map((id) => `a:${id}`), ...pageIds.map((id) => `pg:${id}`)];
}

export function subscribeCacheInvalidation({ context, pageCache, bus, forgetCopies }: { context: AppContext; pageCache: PageCache; bus: InvalidationBus; forgetCopies: LocalCopies }): CacheInvalidation {
  const { events, services } = context;
  const drop = (keys: string[]) => {
    forgetCopies(keys);
    pageCache.purge(keys);
  };
  bus.onRemote(drop);
  const purge = async (keys: string[]) => {
    if (keys.length === 0) return;
    drop(keys);
    await bus.publish(keys);
  };

  /** A saved article: its own pages, and where it is listed or suggested now. */
  async function articleKeys({ articleId, status }: EventMap['article.saved']): Promise<string[]> {
    if (status !== 'published') return [`a:${articleId}`];
    const article = await services.articles.getArticle(articleId).catch(() => undefined);
    // Stored lists hold more than pages show (the threshold cuts them): only lists that show it now.
    const holders = await services.relatedLookup.listArticlesShowing(articleId);
    const shownBy = (await Promise.all(holders.map(async (id) => ((await services.relatedLookup.listRelatedIds(id)).includes(articleId) ? [id] : [])))).flat();
    return [
      `a:${articleId}`,
      'search',
      'corrections', // an update may carry a correction note
      ...(article ? ['l:home', `l:s:${article.section.id}`, ...article.tags.map((tag) => `l:t:${tag.id}`), ...article.authors.map((person) => `l:p:${person.id}`)] : ['*']),
      ...shownBy.map((id) => `r:${id}`),
    ];
  }

  function siteKeys({ what, ids, navigation }: EventMap['site.changed']): string[] {
    if (what === 'menu') return ['nav'];
    if (what === 'front') return ['l:home'];
    if (what === 'settings' || ids === undefined) return ['*'];
    switch (what) {
      case 'section':
        // Its name is on every page (the navigation) and on story cards; its description only on its front.
        return navigation === false ? ids.map((id) => `sf:${id}`) : ['nav', ...ids.flatMap((id) => [`s:${id}`, `sf:${id}`])];
      case 'tag':
        return ids.flatMap((id) => [`t:${id}`, `l:t:${id}`]);
      case 'person':
        return [...ids.map((id) => `p:${id}`), 'people'];
      case 'page':
        // Its title and address are in the menus; its words only on its own page.
        return [...(navigation === false ? [] : ['nav']), ...ids.map((id) => `pg:${id}`)];
    }
  }

  events.on('article.saved', async (change) => purge(await articleKeys(change)));
  events.on('article.unpublished', ({ articleId }) => purge([`a:${articleId}`, 'search']));
  events.on('related.changed', ({ articleId }) => purge([`r:${articleId}`]));
  events.on('comment.posted', ({ articleId, status }) => (status === 'approved' ? purge([`c:${articleId}`]) : undefined));
  events.on('comment.moderated', ({ articleId, from, to }) => (from === 'approved' || to === 'approved' ? purge([`c:${articleId}`]) : undefined));
  events.on('site.changed', (change) => purge(siteKeys(change)));
  events.on('bodies.resanitized', (change) => purge(resanitizedKeys(change)));

  return { purge, settled: () => bus.settled() };
}
