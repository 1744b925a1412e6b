// What a WordPress import made of each WordPress record, so a second import of the same export
// updates in place rather than duplicating: keyed on the source site and the WordPress kind and
// id, with the GUID kept for exports whose ids changed. `checksum` is of the normalised record.
// Frozen: Kysely<any>, no application imports.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('wordpress_imports')
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('wp_kind', 'text', (col) => col.notNull())
    .addColumn('wp_id', 'text', (col) => col.notNull())
    .addColumn('guid', 'text')
    .addColumn('target_id', 'integer', (col) => col.notNull())
    .addColumn('checksum', 'text', (col) => col.notNull())
    .addColumn('imported_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('wordpress_imports_pkey', ['source', 'wp_kind', 'wp_id'])
    .execute();
  await db.schema.createIndex('wordpress_imports_guid').on('wordpress_imports').columns(['source', 'guid']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('wordpress_imports').execute();
}
