// What readers are told about changes: an article's corrections and updates, the site-wide
// list of corrections (the /corrections page and its feed), and the versions an article was
// published in, for its public history page. Notes are written by article.service's updateArticle,
// in the same transaction as the change they describe.
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { type Page, type PageRequest, offsetOf, toPage } from '../pagination.ts';
import type { CorrectionEntry, PublishedVersion } from './article-note.ts';
import { countVisibleNotes, listNotesOf, listVisibleNotes } from './article-note.repository.ts';
import type { ArticleService } from './article.service.ts';
import { listRevisions } from './revision.repository.ts';

export type CorrectionsService = ReturnType<typeof createCorrectionsService>;

export function createCorrectionsService({ db, clock, articles }: { db: Db; clock: Clock; articles: ArticleService }) {
  return {
    listNotes: (articleId: number) => listNotesOf(db, articleId),

    /** Corrections on stories readers may see, newest first. */
    async listCorrections(request: PageRequest): Promise<Page<CorrectionEntry>> {
      const now = toStoredTime(clock.now());
      const [notes, total] = await Promise.all([listVisibleNotes(db, now, 'correction', request.pageSize, offsetOf(request)), countVisibleNotes(db, now, 'correction')]);
      const summaries = new Map((await articles.listPublishedByIds([...new Set(notes.map((note) => note.articleId))])).map((summary) => [summary.id, summary]));
      const items = notes.flatMap((note) => {
        const article = summaries.get(note.articleId);
        return article ? [{ ...note, article }] : [];
      });
      return toPage(items, request, total);
    },

    /** Every version readers saw, oldest first: the saves made while the article was published. */
    async listPublishedVersions(articleId: number): Promise<PublishedVersion[]> {
      const [revisions, notes] = await Promise.all([listRevisions(db, articleId), listNotesOf(db, articleId)]);
      const byVersion = new Map(notes.map((note) => [note.version, note]));
      return revisions
        .filter((revision) => revision.snapshot.status === 'published')
        .sort((a, b) => a.version - b.version)
        .map((revision) => ({
          version: revision.version,
          at: revision.createdAt,
          headline: revision.snapshot.headline,
          standfirst: revision.snapshot.standfirst,
          bodyMarkdown: revision.snapshot.bodyMarkdown,
          note: byVersion.get(revision.version) ?? null,
        }));
    },
  };
}
