// The newsroom's desk: article lists for staff (every status, filters, search, "my drafts"),
// deleting, restoring a revision, and publishing scheduled articles when their time comes.
// `publishDue` is safe to run on every instance at once: each article is claimed by one.
import { can, type Viewer } from '../auth/auth.ts';
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Events } from '../events.ts';
import { type Page, type PageRequest, offsetOf, toPage } from '../pagination.ts';
import type { Article, SaveOptions } from './article.ts';
import type { ArticleService } from './article.service.ts';
import * as articles from './article.repository.ts';
import * as desk from './desk.repository.ts';
import { findRevision } from './revision.repository.ts';

export interface DeskItem {
  id: number;
  headline: string;
  status: Article['status'];
  submitted: boolean;
  sectionName: string;
  authors: string[];
  publishedAt: Date | null;
  modifiedAt: Date;
  version: number;
}

export type DeskService = ReturnType<typeof createDeskService>;

export function createDeskService({ db, clock, events, articleService }: { db: Db; clock: Clock; events: Events; articleService: ArticleService }) {
  return {
    /** The desk as a viewer may see it: editors everything; writers what is published and their own. */
    async listDesk(viewer: Pick<Viewer, 'userId' | 'role' | 'personId'>, asked: Omit<desk.DeskFilter, 'visibleTo'>, request: PageRequest): Promise<Page<DeskItem>> {
      const filter: desk.DeskFilter = can(viewer, 'article.read-any') ? asked : { ...asked, visibleTo: { userId: viewer.userId, personId: viewer.personId } };
      const [rows, total] = await Promise.all([desk.listDeskRows(db, filter, request.pageSize, offsetOf(request)), desk.countDeskRows(db, filter)]);
      const bylines = await articles.listBylines(db, rows.map((row) => row.id));
      return toPage(
        rows.map((row) => ({
          id: row.id,
          headline: row.headline,
          status: row.status,
          submitted: row.submitted_at !== null,
          sectionName: row.section_name,
          authors: bylines.filter((b) => b.article_id === row.id).map((b) => b.name),
          publishedAt: row.published_at ? new Date(row.published_at) : null,
          modifiedAt: new Date(row.modified_at),
          version: row.version,
        })),
        request,
        total,
      );
    },

    async deleteArticle(id: number): Promise<void> {
      const article = await articleService.getArticle(id);
      await db.transaction().execute((trx) => desk.deleteArticleRow(trx, id));
      if (article.status === 'published') await events.emit('article.unpublished', { articleId: id });
    },

    /** Brings back a revision's words and settings as a new save; publication state stays as it is. */
    async restoreRevision(articleId: number, revisionId: number, options: SaveOptions): Promise<Article> {
      const revision = await findRevision(db, articleId, revisionId);
      if (!revision) throw new AppError('NOT_FOUND', `Article ${articleId} has no revision ${revisionId}.`);
      const { status: _status, publishedAt: _publishedAt, ...fields } = revision.snapshot;
      return articleService.updateArticle(articleId, fields, options);
    },

    /** Publishes every scheduled article whose time has come; returns the ids this call published. */
    async publishDue(): Promise<number[]> {
      const now = toStoredTime(clock.now());
      const published: number[] = [];
      for (const id of await desk.listDueIds(db, now)) {
        if (await desk.claimScheduled(db, id, now)) {
          await articles.syncListingTimes(db, id);
          published.push(id);
        }
      }
      for (const id of published) {
        await events.emit('article.saved', { articleId: id, status: 'published' });
        await events.emit('article.published', { articleId: id });
      }
      return published;
    },
  };
}
