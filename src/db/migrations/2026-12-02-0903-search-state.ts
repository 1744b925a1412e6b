// Where `byline reindex` left off: the language the search index was built in and the latest
// article change it has seen, so the next reindex redoes only what changed since (or everything,
// after a change of language). Frozen: Kysely<any>, no application imports.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('search_index_state')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_index_state').execute();
}
