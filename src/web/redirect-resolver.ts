// Turns an old path recorded in the redirects table into where its entity lives now. A WordPress
// feed path (/feed/, /category/x/feed/, /tag/x/feed/rss2/, an article's /feed/ of comments) leads
// to the feed of whatever its base path leads to, so imported sites keep their subscribers; so
// does our own /old-section/feed.xml after a rename or merge.
import type { AppContext } from '../app-context.ts';
import { pagePath, sectionPath, tagPath } from '../content/content.ts';
import { personPath } from '../people/people.ts';

const feedSuffix = /^(.*?)\/(?:feed(?:\/(?:rss2?|atom|rdf|rss-http))?|rss2?|atom|rdf)$/;
/** Our own feed files: an old list path's feed leads to the same file of the list's new path. */
const ownFeedFile = /^(.+)\/(feed\.(?:xml|atom|json))$/;

export async function resolveRedirect(context: AppContext, path: string): Promise<string | undefined> {
  const trimmed = path.replace(/\/+$/, '') || '/';
  const direct = await resolveStored(context, trimmed);
  if (direct !== undefined) return direct;
  const own = ownFeedFile.exec(trimmed);
  if (own) {
    const base = await resolveStored(context, own[1]!);
    return base && !/\/\d{4}\/\d{2}\/\d{2}\//.test(base) ? `${base}/${own[2]}` : undefined;
  }
  const feed = feedSuffix.exec(trimmed);
  if (!feed) return undefined;
  const base = feed[1] || '/';
  if (base === '/' || base === '/comments') return '/feed.xml';
  const target = (await resolveStored(context, base)) ?? base;
  // An article's feed was of its comments: the article itself is the nearest thing.
  return /\/\d{4}\/\d{2}\/\d{2}\//.test(target) ? target : `${target}/feed.xml`;
}

async function resolveStored({ services }: AppContext, path: string): Promise<string | undefined> {
  const redirect = await services.redirects.findRedirect(path);
  if (!redirect) return undefined;
  switch (redirect.kind) {
    case 'article':
      return (await services.articles.findPublishedArticleById(redirect.targetId))?.path ?? undefined;
    case 'section': {
      const section = await services.taxonomy.findSectionById(redirect.targetId);
      return section && sectionPath(section);
    }
    case 'tag': {
      const tag = await services.taxonomy.findTagById(redirect.targetId);
      return tag && tagPath(tag);
    }
    case 'page': {
      const page = await services.pages.findPublishedPage((await services.pages.findPageById(redirect.targetId))?.slug ?? '');
      return page && pagePath(page);
    }
    case 'person': {
      const person = await services.people.findPersonById(redirect.targetId);
      return person && personPath(person);
    }
  }
}
