// Migrations: one list that runs on both dialects, applied by `byline migrate` and at start.
// Before migrating we refuse a database that has migrations this code does not know: it was
// written by a newer Byline, and running older code against it could corrupt it.
import { type Migration, Migrator, sql } from 'kysely';
import { AppError } from '../errors.ts';
import type { Db } from './database.ts';
import * as initial from './migrations/2026-11-29-0001-initial.ts';
import * as newsroom from './migrations/2026-11-29-0002-newsroom.ts';
import * as media from './migrations/2026-11-29-0003-media.ts';
import * as search from './migrations/2026-11-29-0004-search.ts';
import * as related from './migrations/2026-11-29-0005-related.ts';
import * as comments from './migrations/2026-11-29-0006-comments.ts';
import * as jobLeases from './migrations/2026-12-02-0901-job-leases.ts';
import * as listingOrder from './migrations/2026-12-02-0902-listing-order.ts';
import * as searchState from './migrations/2026-12-02-0903-search-state.ts';
import * as corrections from './migrations/2026-12-02-1201-corrections-and-copy-desk.ts';
import * as wordpressImports from './migrations/2026-12-02-1101-wordpress-imports.ts';

/** Every migration, in order. Names are frozen once released. */
export const migrations: Record<string, Migration> = {
  '2026-11-29-0001-initial': initial,
  '2026-11-29-0002-newsroom': newsroom,
  '2026-11-29-0003-media': media,
  '2026-11-29-0004-search': search,
  '2026-11-29-0005-related': related,
  '2026-11-29-0006-comments': comments,
  '2026-12-02-0901-job-leases': jobLeases,
  '2026-12-02-0902-listing-order': listingOrder,
  '2026-12-02-0903-search-state': searchState,
  '2026-12-02-1101-wordpress-imports': wordpressImports,
  '2026-12-02-1201-corrections-and-copy-desk': corrections,
};

const migrationTable = 'kysely_migration';

function migrator(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableName: migrationTable });
}

/** Names of applied migrations this code does not know. */
export async function unknownMigrations(db: Db): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === migrationTable)) return [];
  // On PostgreSQL the introspection sees every schema; the table may be in another one.
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(migrationTable)}`.execute(db);
    return rows.map((row) => row.name).filter((name) => !(name in migrations));
  } catch {
    return [];
  }
}

export async function assertSchemaNotNewer(db: Db): Promise<void> {
  const unknown = await unknownMigrations(db);
  if (unknown.length > 0) {
    throw new AppError(
      'SCHEMA_TOO_NEW',
      `This database's schema is newer than this version of Byline: it has migration${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}, which this code does not know. ` +
        'Upgrade Byline to the version that migrated it, or point DATABASE_URL at another database.',
    );
  }
}

export interface MigrationReport {
  applied: string[];
}

export async function migrateToLatest(db: Db): Promise<MigrationReport> {
  await assertSchemaNotNewer(db);
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) throw error;
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
