// A related-articles corpus (bench/related-*corpus.ts) published on a test site: its sections
// and writers made once each, then every article, in order, with a slug from the prefix.
import type { FastifyInstance } from 'fastify';
import type { CorpusArticle } from '../../bench/related-corpus.ts';
import type { Article } from '../../src/content/content.ts';
import { factories } from './factories.ts';

export async function publishCorpus<T extends CorpusArticle>(
  app: FastifyInstance,
  corpus: readonly T[],
  slugPrefix: string,
  /** Called after each article is published (a test running the background jobs between publishes). */
  afterEach: () => Promise<unknown> = async () => {},
): Promise<{ article: Article; item: T }[]> {
  const make = factories(app);
  const sections = new Map<string, number>();
  const writers = new Map<string, number>();
  for (const item of corpus) {
    if (!sections.has(item.section)) sections.set(item.section, (await make.section({ name: item.section, slug: item.section.toLowerCase() })).id);
    if (!writers.has(item.author)) writers.set(item.author, (await make.person({ name: item.author })).id);
  }
  const published: { article: Article; item: T }[] = [];
  for (const [i, item] of corpus.entries()) {
    const article = await make.article({ headline: item.headline, slug: `${slugPrefix}-${i}`, standfirst: item.standfirst, bodyMarkdown: item.bodyMarkdown, tags: item.tags, sectionId: sections.get(item.section)!, authorIds: [writers.get(item.author)!], publishedAt: item.publishedAt });
    published.push({ article, item });
    await afterEach();
  }
  return published;
}
