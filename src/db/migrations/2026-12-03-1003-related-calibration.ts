// The site's own calibration of related articles: the evidence a suggestion needs to be shown,
// worked out from how the site's articles' best evidence is spread (discovery/related/
// calibration.ts), and how many articles were indexed when it was. One row (id 1).
// Frozen: Kysely<any>, no application imports.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('related_calibration')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('threshold', 'real', (col) => col.notNull())
    .addColumn('articles', 'integer', (col) => col.notNull())
    .addColumn('computed_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('related_calibration').execute();
}
