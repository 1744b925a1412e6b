// Migrations: one list that runs on both dialects, applied by `byline migrate` and at start.
// Before migrating we refuse a database that has migrations this code does not know: it was
// written by a newer Byline, and running older code against it could corrupt it.
// A run is one transaction on both dialects (Kysely opens it on PostgreSQL; on SQLite, whose
// Kysely adapter claims no transactional DDL, we hold the one connection in BEGIN IMMEDIATE):
// a failing migration leaves the schema as it was and the error names it. So a SQLite migration
// cannot switch PRAGMA foreign_keys (a no-op in a transaction); use PRAGMA defer_foreign_keys.
import { type Migration, type MigrationResultSet, Migrator, SqliteAdapter, sql } from 'kysely';
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
import * as heldSavesOwner from './migrations/2026-12-02-0801-held-saves-owner.ts';
import * as relatedEvidence from './migrations/2026-12-02-1001-related-evidence-and-story.ts';
import * as termPenalties from './migrations/2026-12-02-1002-related-term-penalties.ts';
import * as relatedCalibration from './migrations/2026-12-03-1003-related-calibration.ts';
import * as relatedScoredAt from './migrations/2026-12-03-1004-related-scored-at.ts';
import * as relatedPinTerms from './migrations/2026-12-04-1005-related-pin-terms.ts';
import * as corrections from './migrations/2026-12-02-1201-corrections-and-copy-desk.ts';
import * as wordpressImports from './migrations/2026-12-02-1101-wordpress-imports.ts';
import * as pagesAndMenus from './migrations/2026-12-02-1350-pages-and-menus.ts';
import * as frontSlots from './migrations/2026-12-02-1360-front-slots.ts';
import * as bylineCredits from './migrations/2026-12-02-1370-byline-credits.ts';
import * as bodyHtmlRules from './migrations/2026-12-03-0802-body-html-rules.ts';
import * as sectionParents from './migrations/2026-12-03-1380-section-parents.ts';
import * as articlesVisibility from './migrations/2026-12-03-0904-articles-visibility-index.ts';
import * as commentThreads from './migrations/2026-12-03-0905-comment-threads.ts';
import * as rateCounts from './migrations/2026-12-03-0906-rate-counts.ts';

/** Every migration, in order. Names are frozen once released. */
export const migrations: Record<string, Migration> = {
  '2026-11-29-0001-initial': initial,
  '2026-11-29-0002-newsroom': newsroom,
  '2026-11-29-0003-media': media,
  '2026-11-29-0004-search': search,
  '2026-11-29-0005-related': related,
  '2026-11-29-0006-comments': comments,
  '2026-12-02-0801-held-saves-owner': heldSavesOwner,
  '2026-12-02-0901-job-leases': jobLeases,
  '2026-12-02-0902-listing-order': listingOrder,
  '2026-12-02-0903-search-state': searchState,
  '2026-12-02-1001-related-evidence-and-story': relatedEvidence,
  '2026-12-02-1002-related-term-penalties': termPenalties,
  '2026-12-02-1101-wordpress-imports': wordpressImports,
  '2026-12-02-1201-corrections-and-copy-desk': corrections,
  '2026-12-02-1350-pages-and-menus': pagesAndMenus,
  '2026-12-02-1360-front-slots': frontSlots,
  '2026-12-02-1370-byline-credits': bylineCredits,
  '2026-12-03-0802-body-html-rules': bodyHtmlRules,
  '2026-12-03-0904-articles-visibility-index': articlesVisibility,
  '2026-12-03-0905-comment-threads': commentThreads,
  '2026-12-03-0906-rate-counts': rateCounts,
  '2026-12-03-1003-related-calibration': relatedCalibration,
  '2026-12-03-1004-related-scored-at': relatedScoredAt,
  '2026-12-03-1380-section-parents': sectionParents,
  '2026-12-04-1005-related-pin-terms': relatedPinTerms,
};

const migrationTable = 'kysely_migration';

function migrator(db: Db, list: Record<string, Migration> = migrations): Migrator {
  // Work on parallel branches lands migrations named before ones already released (0801 after
  // 1201): a database migrated by the older release applies them in name order, not refuses.
  return new Migrator({ db, provider: { getMigrations: async () => list }, migrationTableName: migrationTable, allowUnorderedMigrations: true });
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

/** Applies every pending migration in one transaction, or none (`list`: tests inject migrations). */
export async function migrateToLatest(db: Db, list: Record<string, Migration> = migrations): Promise<MigrationReport> {
  await assertSchemaNotNewer(db);
  const result = isSqlite(db) ? await inSqliteTransaction(db, (conn) => migrator(conn, list).migrateToLatest()) : await migrator(db, list).migrateToLatest();
  if (result.error) {
    const failed = (result.results ?? []).find((r) => r.status === 'Error')?.migrationName;
    const reason = (result.error instanceof Error ? result.error.message : String(result.error)).replace(/\.+$/, '');
    throw new AppError('MIGRATION_FAILED', `${failed ? `Migration ${failed}` : 'Migrating'} failed: ${reason}. Nothing was changed: the database is as it was before this run.`, { cause: result.error });
  }
  return { applied: (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

const isSqlite = (db: Db) => db.getExecutor().adapter instanceof SqliteAdapter;

/** Runs a migrator on SQLite's one connection inside BEGIN IMMEDIATE; rolls back if it reports an error. */
async function inSqliteTransaction(db: Db, run: (conn: Db) => Promise<MigrationResultSet>): Promise<MigrationResultSet> {
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    let result: MigrationResultSet;
    try {
      result = await run(conn);
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
    await sql.raw(result.error ? 'rollback' : 'commit').execute(conn);
    return result;
  });
}

export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
