// Sections nest: an optional parent (any depth; the service refuses cycles), and each section's
// public path stored with it (/world/europe), kept by the taxonomy service for the whole subtree
// on a rename or re-parent, so listings join one column instead of walking the tree per row.
// Frozen in time: Kysely<any>, no application imports.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sections').addColumn('parent_id', 'integer', (col) => col.references('sections.id')).execute();
  await db.schema.alterTable('sections').addColumn('path', 'text', (col) => col.notNull().defaultTo('')).execute();
  await sql`update sections set path = '/' || slug`.execute(db);
  await db.schema.createIndex('sections_path_idx').on('sections').column('path').unique().execute();
  await db.schema.createIndex('sections_parent_idx').on('sections').column('parent_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('sections_parent_idx').execute();
  await db.schema.dropIndex('sections_path_idx').execute();
  await db.schema.alterTable('sections').dropColumn('path').execute();
  await db.schema.alterTable('sections').dropColumn('parent_id').execute();
}
