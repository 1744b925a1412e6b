// What editors' pins and exclusions teach related articles, kept with the pin or exclusion that
// taught it: the specific terms the pair shared most when the editor acted. A term's factor in
// every pair is counted from these rows (related-learning.ts), so removing a pin, an exclusion
// or a deleted article's pins removes exactly what it taught (the rows cascade). Replaces
// related_term_penalties, whose counts could not be undone once the pair's terms had changed;
// each exclusion's terms are worked out again here as the service picked them (the 5 shared
// terms of at most 15 articles with the largest product of weights).
// Each stored suggestion also keeps its evidence before those lessons (`text_evidence`, null where
// they changed nothing): the site's threshold is calibrated on that (calibration.ts), so a
// lesson moves the pairs it names across the threshold rather than the threshold with them.
// Frozen: Kysely<any>, no application imports.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('related_pin_terms')
    .addColumn('article_id', 'integer', (col) => col.notNull())
    .addColumn('related_id', 'integer', (col) => col.notNull())
    .addColumn('term', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('related_pin_terms_pk', ['article_id', 'related_id', 'term'])
    .addForeignKeyConstraint('related_pin_terms_pin_fk', ['article_id', 'related_id'], 'related_pins', ['article_id', 'related_id'], (fk) => fk.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('related_pin_terms_term_idx').on('related_pin_terms').column('term').execute();
  await sql`
    insert into related_pin_terms (article_id, related_id, term)
    select article_id, related_id, term from (
      select p.article_id, p.related_id, own.term,
        row_number() over (partition by p.article_id, p.related_id order by own.weight * other.weight desc, own.term) as place
      from related_pins p
      join related_terms own on own.article_id = p.article_id
      join related_terms other on other.article_id = p.related_id and other.term = own.term
      join related_term_stats stats on stats.term = own.term
      where p.kind = 'exclude' and stats.df <= 15
    ) ranked
    where place <= 5
  `.execute(db);
  await db.schema.dropTable('related_term_penalties').execute();
  await db.schema.alterTable('related_articles').addColumn('text_evidence', 'real').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('related_articles').dropColumn('text_evidence').execute();
  await db.schema
    .createTable('related_term_penalties')
    .addColumn('term', 'text', (col) => col.primaryKey())
    .addColumn('exclusions', 'integer', (col) => col.notNull())
    .execute();
  await sql`
    insert into related_term_penalties (term, exclusions)
    select t.term, count(*) from related_pin_terms t
    join related_pins p on p.article_id = t.article_id and p.related_id = t.related_id
    where p.kind = 'exclude'
    group by t.term
  `.execute(db);
  await db.schema.dropTable('related_pin_terms').execute();
}
