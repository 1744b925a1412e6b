// Related articles, second version: each stored suggestion keeps its evidence (the share of the
// similarity carried by terms few articles use), which decides whether it is shown; an article
// may name its story (series), kept on the indexed document too so siblings are found by it.
// Frozen: Kysely<any>, no application imports.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('related_articles').addColumn('evidence', 'real', (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('related_documents').addColumn('story', 'text').execute();
  await db.schema.createIndex('related_documents_story_idx').on('related_documents').column('story').execute();
  await db.schema.alterTable('articles').addColumn('story', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').dropColumn('story').execute();
  await db.schema.dropIndex('related_documents_story_idx').execute();
  await db.schema.alterTable('related_documents').dropColumn('story').execute();
  await db.schema.alterTable('related_articles').dropColumn('evidence').execute();
}
