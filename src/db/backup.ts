// Backups of a whole site's database, taken while it serves, and restores of them. The dialect
// does the copying (backup.sqlite.ts: SQLite's online backup API; backup.postgres.ts: pg_dump
// and pg_restore); here are the rules both keep: a restore never overwrites a database with
// content unless forced, never restores a backup newer than this code, and migrates an older one.
import type { DatabaseConfig } from '../config/config.ts';
import { AppError } from '../errors.ts';
import { migrations } from './migrate.ts';

export interface BackupReport {
  file: string;
  bytes: number;
}

export interface RestoreOptions {
  /** Replace a database that already has content. */
  force: boolean;
}

export async function backupDatabase(config: DatabaseConfig, file: string): Promise<BackupReport> {
  if (config.dialect === 'sqlite') return (await import('./backup.sqlite.ts')).backupSqlite(config.file, file);
  return (await import('./backup.postgres.ts')).backupPostgres(config.connectionString, file);
}

export async function restoreDatabase(config: DatabaseConfig, file: string, options: RestoreOptions): Promise<{ migrations: number }> {
  if (config.dialect === 'sqlite') return (await import('./backup.sqlite.ts')).restoreSqlite(config.file, file, options);
  return (await import('./backup.postgres.ts')).restorePostgres(config.connectionString, file, options);
}

/** Refuses a backup taken by a newer Byline (migrations this code does not know) or one with no Byline schema. */
export function checkBackupSchema(file: string, applied: string[]): void {
  if (applied.length === 0) throw new AppError('RESTORE_REFUSED', `${file} holds no Byline database (it has no migrations table), so nothing was restored.`);
  const unknown = applied.filter((name) => !(name in migrations));
  if (unknown.length > 0) {
    throw new AppError('RESTORE_REFUSED', `${file} was taken from a newer Byline (its schema has ${unknown.join(', ')}, which this version does not know). Restore it with that version; nothing was restored.`);
  }
}

export function refuseToOverwrite(target: string): never {
  throw new AppError('RESTORE_REFUSED', `${target} already has content. Restoring would replace all of it: run again with --force if that is what you want (take a backup of it first).`);
}
