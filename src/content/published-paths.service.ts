// Every public path readers can reach and when it last changed: what sitemaps list. Paths are
// made here (article paths need the site's time zone), so callers never rebuild URLs themselves.
// A query a call: a sitemap page of 50,000 articles is one query, not one per article.
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import type { Db } from '../db/database.ts';
import type { PageRequest } from '../pagination.ts';
import { offsetOf } from '../pagination.ts';
import { personPath } from '../people/people.ts';
import type { SettingsService } from '../settings/site-settings.ts';
import { countPublished } from './article.repository.ts';
import { articlePath } from './article-path.ts';
import * as repo from './published-paths.repository.ts';
import { subtreeIds, treeOrder } from './section-tree.ts';
import { sectionPath, tagPath, type TaxonomyService } from './taxonomy.service.ts';

export interface PublishedPath {
  path: string;
  /** The latest published or updated time of what the page shows; null when it shows nothing yet. */
  lastModified: Date | null;
}

export interface RecentArticlePath extends PublishedPath {
  headline: string;
  publishedAt: Date;
}

export type PublishedPathsService = ReturnType<typeof createPublishedPathsService>;

export function createPublishedPathsService({ db, clock, settings, taxonomy }: { db: Db; clock: Clock; settings: SettingsService; taxonomy: TaxonomyService }) {
  const now = () => toStoredTime(clock.now());

  async function toArticlePaths<Row extends repo.ArticlePathRow>(rows: Row[]) {
    const { timeZone } = await settings.getSiteSettings();
    return rows.map((row) => ({
      row,
      path: articlePath(row.section_slug, row.slug, new Date(row.published_at), timeZone),
      lastModified: new Date(row.updated_at ?? row.published_at),
    }));
  }

  const byPath = (rows: repo.LastModifiedRow[], toPath: (slug: string) => string): PublishedPath[] =>
    rows.map((row) => ({ path: toPath(row.slug), lastModified: new Date(row.last_modified) }));

  return {
    countArticles: () => countPublished(db, now(), {}),

    async listArticlePaths(request: PageRequest): Promise<PublishedPath[]> {
      const paths = await toArticlePaths(await repo.listArticlePathRows(db, now(), request.pageSize, offsetOf(request)));
      return paths.map(({ path, lastModified }) => ({ path, lastModified }));
    },

    /** Newest first. */
    async listArticlesPublishedSince(since: Date, limit: number): Promise<RecentArticlePath[]> {
      const paths = await toArticlePaths(await repo.listArticlesPublishedSinceRows(db, now(), toStoredTime(since), limit));
      return paths.map(({ row, path, lastModified }) => ({ path, lastModified, headline: row.headline, publishedAt: new Date(row.published_at) }));
    },

    /** Every section, in navigation order (children under their parent), whether or not it has published work yet; a front's last change counts its subsections'. */
    async listSectionPaths(): Promise<PublishedPath[]> {
      const [sections, rows] = await Promise.all([taxonomy.listSections(), repo.listSectionLastModified(db, now())]);
      const latest = new Map(rows.map((row) => [row.slug, new Date(row.last_modified).getTime()]));
      const slugOf = new Map(sections.map((section) => [section.id, section.slug]));
      return treeOrder(sections).map(({ section }) => {
        const newest = Math.max(-Infinity, ...subtreeIds(sections, section.id).map((id) => latest.get(slugOf.get(id)!) ?? -Infinity));
        return { path: sectionPath(section), lastModified: Number.isFinite(newest) ? new Date(newest) : null };
      });
    },

    /** Tags with published work (a tag page without any is a 404). */
    listTagPaths: async (limit: number) => byPath(await repo.listTagLastModified(db, now(), limit), (slug) => tagPath({ slug })),

    /** Authors with published work. */
    listAuthorPaths: async (limit: number) => byPath(await repo.listAuthorLastModified(db, now(), limit), (slug) => personPath({ slug })),
  };
}
