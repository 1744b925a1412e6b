// Factories for test data, going through the same services as the newsroom does. Each call
// makes unique slugs, so tests never collide; pass fields to pin what a test is about.
import type { FastifyInstance } from 'fastify';
import type { Article, ArticleInput } from '../../src/content/content.ts';

let counter = 0;
const next = () => ++counter;

export function factories(app: FastifyInstance) {
  const { services, clock } = app.byline;
  return {
    async section(fields: { name?: string; slug?: string; description?: string; parentId?: number | null } = {}) {
      const n = next();
      return services.taxonomy.createSection({ name: fields.name ?? `Section ${n}`, slug: fields.slug ?? `section-${n}`, description: fields.description ?? `Stories from section ${n}.`, parentId: fields.parentId ?? null });
    },

    async person(fields: { name?: string; slug?: string; roleTitle?: string; email?: string; bio?: string } = {}) {
      const n = next();
      return services.people.createPerson({
        name: fields.name ?? `Writer ${n}`,
        slug: fields.slug ?? `writer-${n}`,
        roleTitle: fields.roleTitle ?? 'Staff reporter',
        location: 'London',
        bio: fields.bio ?? `Writer ${n} covers everything.`,
        email: fields.email ?? `writer${n}@example.com`,
      });
    },

    /** A published article; creates a section and an author when none are given. */
    async article(fields: Partial<ArticleInput> = {}): Promise<Article> {
      const n = next();
      const sectionId = fields.sectionId ?? (await this.section()).id;
      const authorIds = fields.authorIds ?? [(await this.person()).id];
      return services.articles.createArticle({
        headline: `Headline number ${n}`,
        slug: `story-${n}`,
        standfirst: `The standfirst of story ${n}.`,
        dateline: 'London',
        bodyMarkdown: Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of story ${n}.`).join('\n\n'),
        status: 'published',
        publishedAt: new Date(clock.now().getTime() - n * 60_000),
        ...fields,
        sectionId,
        authorIds,
      });
    },
  };
}
