// What editors' exclusions teach related articles: terms an excluded pair shared, with how many
// exclusions named them; such terms then count for less in every pair (related-learning.ts).
// Frozen: Kysely<any>, no application imports.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('related_term_penalties')
    .addColumn('term', 'text', (col) => col.primaryKey())
    .addColumn('exclusions', 'integer', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('related_term_penalties').execute();
}
