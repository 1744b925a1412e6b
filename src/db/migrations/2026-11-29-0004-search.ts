// Site search. SQLite: a regular FTS5 table (rowid = article id), not contentless, because
// snippet() needs the text, and not external content, because it is plain text made from
// Markdown; a trigger drops an entry with its article, as PostgreSQL's cascade does. PostgreSQL:
// a weighted tsvector (GIN) and the body's plain text for ts_headline. Frozen: Kysely<any>.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await db.schema
      .createTable('article_search')
      .addColumn('article_id', 'integer', (col) => col.primaryKey().references('articles.id').onDelete('cascade'))
      .addColumn('document', sql`tsvector`, (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .execute();
    await sql`create index article_search_document_idx on article_search using gin (document)`.execute(db);
    return;
  }
  await sql`create virtual table article_search using fts5(headline, standfirst, body, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
  await sql`create trigger article_search_article_deleted after delete on articles begin delete from article_search where rowid = old.id; end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) await sql`drop trigger if exists article_search_article_deleted`.execute(db);
  await sql`drop table if exists article_search`.execute(db);
}
