// Every table of two Byline databases, row by row, for backup round trips.
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';

export async function dumpTables(db: Db): Promise<Record<string, unknown[]>> {
  const tables = (await db.introspection.getTables({ withInternalKyselyTables: true })).filter((table) => !table.isView);
  const schema = tables.find((table) => table.name === 'articles')?.schema;
  const dump: Record<string, unknown[]> = {};
  for (const table of tables.filter((t) => t.schema === schema && !t.name.startsWith('sqlite_') && !/_fts(_|$)/.test(t.name))) {
    const columns = table.columns.map((column) => column.name).sort();
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(db)).rows;
    dump[table.name] = rows.map((row) => JSON.stringify(columns.map((column) => row[column]))).sort();
  }
  return dump;
}
