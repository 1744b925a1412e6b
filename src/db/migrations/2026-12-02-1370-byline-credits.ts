// Each person on an article's byline gets a per-article credit: the writer ('author', as every
// existing byline is), additional reporting, photographs, video or graphics.
// Frozen in time: Kysely<any>, no application imports.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('article_authors').addColumn('credit', 'text', (col) => col.notNull().defaultTo('author')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('article_authors').dropColumn('credit').execute();
}
