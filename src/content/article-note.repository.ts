// Queries on article notes (corrections and updates). Lists of corrections show only notes on
// stories readers may see now.
import type { Db } from '../db/database.ts';
import type { ArticleNote, NoteKind } from './article-note.ts';
import { publishedQuery } from './article.repository.ts';

type NoteRow = { id: number; article_id: number; kind: NoteKind; note: string; version: number; created_at: string };

const toNote = (row: NoteRow): ArticleNote => ({ id: row.id, articleId: row.article_id, kind: row.kind, note: row.note, version: row.version, createdAt: new Date(row.created_at) });

export async function insertNote(db: Db, values: { articleId: number; kind: NoteKind; note: string; version: number; userId: number | null; createdAt: string }): Promise<void> {
  await db.insertInto('article_notes').values({ article_id: values.articleId, kind: values.kind, note: values.note, version: values.version, user_id: values.userId, created_at: values.createdAt }).execute();
}

export async function listNotesOf(db: Db, articleId: number): Promise<ArticleNote[]> {
  const rows = await db.selectFrom('article_notes').select(['id', 'article_id', 'kind', 'note', 'version', 'created_at']).where('article_id', '=', articleId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toNote);
}

const visible = (db: Db, now: string, kind: NoteKind) =>
  publishedQuery(db, now).innerJoin('article_notes as n', 'n.article_id', 'a.id').where('n.kind', '=', kind);

export async function listVisibleNotes(db: Db, now: string, kind: NoteKind, limit: number, offset: number): Promise<ArticleNote[]> {
  const rows = await visible(db, now, kind)
    .select(['n.id', 'n.article_id', 'n.kind', 'n.note', 'n.version', 'n.created_at'])
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toNote);
}

export async function countVisibleNotes(db: Db, now: string, kind: NoteKind): Promise<number> {
  const row = await visible(db, now, kind).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n); // a string on PostgreSQL
}
