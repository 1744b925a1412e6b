// When each related list was last scored in full, as the site's indexed article count then: a
// list scored on a much smaller site carries that site's IDFs and specific terms, and the
// background job (jobs.ts) scores the stalest again, oldest first. 0 for lists stored before
// this was recorded, so an upgraded site's lists are scored again in the background too.
// Frozen: Kysely<any>, no application imports.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('related_documents').addColumn('scored_documents', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('related_documents_scored_idx').on('related_documents').columns(['scored_documents', 'article_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('related_documents_scored_idx').execute();
  await db.schema.alterTable('related_documents').dropColumn('scored_documents').execute();
}
