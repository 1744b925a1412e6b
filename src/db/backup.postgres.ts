// PostgreSQL backups with pg_dump (custom format, a consistent snapshot while the site serves)
// and restores with pg_restore (--clean: the dump's objects replace the database's). Both come
// with PostgreSQL's client tools; if they are missing the message says how to get them. The
// password stays in the connection string passed as an argument to the tool, never printed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { AppError } from '../errors.ts';
import { checkBackupSchema, refuseToOverwrite, type BackupReport, type RestoreOptions } from './backup.ts';

export async function backupPostgres(connectionString: string, file: string): Promise<BackupReport> {
  const target = path.resolve(file);
  mkdirSync(path.dirname(target), { recursive: true });
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`, `--dbname=${connectionString}`], 'BACKUP_FAILED');
  return { file: target, bytes: statSync(target).size };
}

export async function restorePostgres(connectionString: string, file: string, options: RestoreOptions): Promise<{ migrations: number }> {
  if (!existsSync(file)) throw new AppError('RESTORE_REFUSED', `There is no backup at ${file}.`);
  const applied = await migrationsInDump(file);
  checkBackupSchema(file, applied);
  if (!options.force && (await hasContent(connectionString))) refuseToOverwrite('The database');
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${connectionString}`, file], 'RESTORE_REFUSED');
  return { migrations: applied.length };
}

/** The names in the dump's kysely_migration table, read with pg_restore's listing of its data. */
async function migrationsInDump(file: string): Promise<string[]> {
  let data: string;
  try {
    data = await run('pg_restore', ['--data-only', '--table=kysely_migration', '--file=-', file], 'RESTORE_REFUSED');
  } catch (error) {
    throw new AppError('RESTORE_REFUSED', `${file} is not a pg_dump backup of a Byline database; nothing was restored. (${(error as Error).message})`, { cause: error });
  }
  const copy = /COPY [^\n]*kysely_migration[^\n]*FROM stdin;\n([\s\S]*?)\n\\\./.exec(data);
  return copy ? copy[1]!.split('\n').filter(Boolean).map((line) => line.split('\t')[0]!) : [];
}

async function hasContent(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`select table_name as name from information_schema.tables where table_schema = current_schema() and table_name in ('articles', 'people', 'users')`);
    for (const { name } of rows) if ((await client.query(`select 1 from "${name}" limit 1`)).rowCount) return true;
    return false;
  } finally {
    await client.end();
  }
}

function run(tool: string, args: string[], code: 'BACKUP_FAILED' | 'RESTORE_REFUSED'): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new AppError(code, `${tool} was not found on PATH. It comes with PostgreSQL's client tools: install them (Debian: apt-get install postgresql-client) in the version of your server or newer.`) : error),
    );
    child.once('close', (status) => (status === 0 ? resolve(out) : reject(new AppError(code, `${tool} failed (exit code ${status}): ${err.trim().replace(/postgres(ql)?:\/\/[^@\s]*@/g, 'postgres://***@')}`))));
  });
}
