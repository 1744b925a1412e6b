// A failing migration leaves the schema as it was: every migration of the run is undone (the
// tables it created, the columns it added, its rows in kysely_migration), and the error names
// the migration that failed. The failing migration is injected through the migrator's list.
import { type Kysely, type Migration, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest, migrations, pendingMigrations } from '../../src/db/migrate.ts';
import { createTestDatabase } from '../helpers/build-test-app.ts';

const addsATable: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createTable('rollback_probe').addColumn('id', 'integer', (col) => col.primaryKey()).execute();
    await db.schema.alterTable('people').addColumn('rollback_probe', 'text').execute();
    await db.insertInto('settings').values({ key: 'rollback_probe', value: 'x' }).execute();
  },
};
const fails: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createTable('rollback_probe_two').addColumn('id', 'integer').execute();
    await sql`select * from a_table_that_is_not_there`.execute(db);
  },
};

describe('a failing migration', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  async function migratedDatabase() {
    const database = await createTestDatabase();
    const db = await openDatabase(loadConfig({ env: database.env, cwd: database.dataDir }).database, database.searchPath ? { searchPath: database.searchPath } : {});
    cleanups.push(async () => {
      await db.destroy();
      await database.drop();
    });
    await migrateToLatest(db);
    return db;
  }

  const shape = async (db: Kysely<any>) => {
    const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
    const ours = tables.filter((table) => !table.schema || table.schema === tables.find((t) => t.name === 'people')?.schema);
    return {
      tables: ours.map((table) => `${table.name}(${table.columns.map((column) => column.name).sort().join(',')})`).sort(),
      applied: (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)).rows.map((row) => row.name),
      settings: (await sql<{ key: string }>`select key from settings order by key`.execute(db)).rows.map((row) => row.key),
    };
  };

  it('leaves the schema as it was, with every migration of the run undone, and names the one that failed', async () => {
    const db = await migratedDatabase();
    const before = await shape(db);
    const list = { ...migrations, '2099-12-31-0851-adds-a-table': addsATable, '2099-12-31-0852-fails': fails };
    await expect(migrateToLatest(db, list)).rejects.toMatchObject({ code: 'MIGRATION_FAILED', message: expect.stringMatching(/^Migration 2099-12-31-0852-fails failed: .*a_table_that_is_not_there/) });
    expect(await shape(db)).toEqual(before);
    expect(await pendingMigrations(db)).toEqual([]);
  });

  it('applies the same migrations once the failing one is fixed', async () => {
    const db = await migratedDatabase();
    const list = { ...migrations, '2099-12-31-0851-adds-a-table': addsATable, '2099-12-31-0852-fails': fails };
    await expect(migrateToLatest(db, list)).rejects.toMatchObject({ code: 'MIGRATION_FAILED' });
    const fixed = { ...list, '2099-12-31-0852-fails': { up: async () => {} } };
    expect((await migrateToLatest(db, fixed)).applied).toEqual(['2099-12-31-0851-adds-a-table', '2099-12-31-0852-fails']);
    expect((await shape(db)).tables).toContain('rollback_probe(id)');
  });
});
