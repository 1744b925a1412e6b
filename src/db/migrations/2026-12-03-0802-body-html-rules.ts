// Which version of the sanitizer's rules (content/markdown/sanitize-body.ts) rendered each stored
// article and page body. Rows from before are 0, older than any version, so they are rendered
// again once under the current rules (stored-html.service.ts). Indexed: the job that finds stale
// bodies asks every run. Frozen: Kysely<any>, no application imports.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['articles', 'pages']) {
    await db.schema.alterTable(table).addColumn('body_html_rules', 'integer', (col) => col.notNull().defaultTo(0)).execute();
    await db.schema.createIndex(`${table}_body_html_rules_idx`).on(table).column('body_html_rules').execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['articles', 'pages']) {
    await db.schema.dropIndex(`${table}_body_html_rules_idx`).execute();
    await db.schema.alterTable(table).dropColumn('body_html_rules').execute();
  }
}
