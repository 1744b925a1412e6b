// SQLite backups with the online backup API (better-sqlite3's backup()): a consistent copy of
// the database, WAL included, while the site keeps reading and writing. A restore copies the
// backup into the site's file the same way, so a process that has it open sees the new content.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { AppError } from '../errors.ts';
import { checkBackupSchema, refuseToOverwrite, type BackupReport, type RestoreOptions } from './backup.ts';

export async function backupSqlite(databaseFile: string, file: string): Promise<BackupReport> {
  if (!existsSync(databaseFile)) throw new AppError('BACKUP_FAILED', `There is no database at ${databaseFile} to back up.`);
  const target = path.resolve(file);
  if (target === path.resolve(databaseFile)) throw new AppError('BACKUP_FAILED', 'The backup file cannot be the database itself.');
  mkdirSync(path.dirname(target), { recursive: true });
  const source = new SQLite(databaseFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(target);
  } catch (error) {
    throw new AppError('BACKUP_FAILED', `Backing up ${databaseFile} to ${target} failed: ${(error as Error).message}`, { cause: error });
  } finally {
    source.close();
  }
  return { file: target, bytes: statSync(target).size };
}

export async function restoreSqlite(databaseFile: string, file: string, options: RestoreOptions): Promise<{ migrations: number }> {
  if (!existsSync(file)) throw new AppError('RESTORE_REFUSED', `There is no backup at ${file}.`);
  const backup = openBackup(file);
  try {
    checkBackupSchema(file, appliedMigrations(backup));
    if (!options.force && hasContent(databaseFile)) refuseToOverwrite(databaseFile);
    mkdirSync(path.dirname(databaseFile), { recursive: true });
    await backup.backup(databaseFile);
    return { migrations: appliedMigrations(backup).length };
  } finally {
    backup.close();
  }
}

function openBackup(file: string): SQLite.Database {
  try {
    const database = new SQLite(file, { readonly: true, fileMustExist: true });
    database.pragma('schema_version'); // reads the header: a file that is not SQLite fails here
    return database;
  } catch (error) {
    throw new AppError('RESTORE_REFUSED', `${file} is not a SQLite backup (${(error as Error).message}); nothing was restored.`, { cause: error });
  }
}

function appliedMigrations(database: SQLite.Database): string[] {
  const table = database.prepare(`select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'`).get();
  if (!table) return [];
  return (database.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((row) => row.name);
}

function hasContent(databaseFile: string): boolean {
  if (!existsSync(databaseFile)) return false;
  const database = new SQLite(databaseFile, { readonly: true });
  try {
    const tables = database.prepare(`select name from sqlite_master where type = 'table' and name in ('articles', 'people', 'users')`).all() as { name: string }[];
    return tables.some(({ name }) => (database.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n > 0);
  } finally {
    database.close();
  }
}
