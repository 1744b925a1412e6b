// Migrations from an empty database, on whichever dialect this project runs, and the refusal
// to run against a schema newer than the code.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest, migrations, pendingMigrations } from '../../src/db/migrate.ts';
import { createTestDatabase } from '../helpers/build-test-app.ts';

describe('migrations', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  async function emptyDatabase() {
    const database = await createTestDatabase();
    const config = loadConfig({ env: database.env, cwd: database.dataDir });
    const db = await openDatabase(config.database, database.searchPath ? { searchPath: database.searchPath } : {});
    cleanups.push(async () => {
      await db.destroy();
      await database.drop();
    });
    return { db, config, searchPath: database.searchPath };
  }

  it('creates every table on an empty database, and a second run changes nothing', async () => {
    const { db } = await emptyDatabase();
    expect(await pendingMigrations(db)).toEqual(Object.keys(migrations));
    expect((await migrateToLatest(db)).applied).toEqual(Object.keys(migrations));
    const tables = (await db.introspection.getTables()).map((table) => table.name);
    expect(tables).toEqual(expect.arrayContaining(['settings', 'people', 'sections', 'tags', 'articles', 'article_authors', 'article_tags', 'redirects']));
    expect((await migrateToLatest(db)).applied).toEqual([]);
    expect(await pendingMigrations(db)).toEqual([]);
  });

  it('refuses to start on a database migrated by a newer Byline', async () => {
    const { db, config, searchPath } = await emptyDatabase();
    await migrateToLatest(db);
    await sql`insert into kysely_migration (name, timestamp) values ('2099-01-01-0001-from-the-future', '2099-01-01T00:00:00.000Z')`.execute(db);
    await expect(createAppContext(config, searchPath ? { searchPath } : {})).rejects.toMatchObject({
      code: 'SCHEMA_TOO_NEW',
      message: expect.stringContaining('2099-01-01-0001-from-the-future'),
    });
    await expect(migrateToLatest(db)).rejects.toMatchObject({ code: 'SCHEMA_TOO_NEW' });
  });

  it('enforces foreign keys', async () => {
    const { db } = await emptyDatabase();
    await migrateToLatest(db);
    await expect(
      db.insertInto('article_authors').values({ article_id: 999, person_id: 999, position: 0 }).execute(),
    ).rejects.toThrow();
  });
});
