// Turns an old path recorded in the redirects table into where its entity lives now.
import type { AppContext } from '../app-context.ts';
import { pagePath, sectionPath, tagPath } from '../content/content.ts';
import { personPath } from '../people/people.ts';

export async function resolveRedirect({ services }: AppContext, path: string): Promise<string | undefined> {
  const redirect = await services.redirects.findRedirect(path.replace(/\/+$/, '') || '/');
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
