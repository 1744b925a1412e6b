// `byline backup FILE` and `byline restore FILE`: the database of the configured site, copied
// while it serves, and put back. A restore refuses to replace content without --force, refuses
// a backup from a newer Byline, and migrates one from an older Byline after restoring it.
import { describeDatabase, loadConfig } from '../config/config.ts';
import type { Command } from './commands.ts';

export const backupCommands: Record<string, Command> = {
  backup: {
    summary: "Copy the site's database to FILE while the site serves (SQLite backup API, or pg_dump).",
    usage: 'byline backup FILE',
    argument: 'file',
    async run(options) {
      const file = requireFile(options.file);
      if (file === undefined) return 2;
      const config = loadConfig();
      const { backupDatabase } = await import('../db/backup.ts');
      const report = await backupDatabase(config.database, file);
      console.log(`Backed up ${describeDatabase(config.database)} to ${report.file} (${(report.bytes / 1024 / 1024).toFixed(1)} MB).`);
      console.log('Media files live in the data directory: copy its media/ folder beside the backup.');
      return 0;
    },
  },
  restore: {
    summary: "Replace the site's database with a backup made by `byline backup`.",
    usage: 'byline restore FILE [--force]',
    argument: 'file',
    options: { force: { type: 'boolean', description: 'replace a database that already has content' } },
    async run(options) {
      const file = requireFile(options.file);
      if (file === undefined) return 2;
      const config = loadConfig();
      const [{ restoreDatabase }, { openDatabase }, { migrateToLatest }] = await Promise.all([import('../db/backup.ts'), import('../db/database.ts'), import('../db/migrate.ts')]);
      await restoreDatabase(config.database, file, { force: options.force === true });
      const db = await openDatabase(config.database);
      try {
        const { applied } = await migrateToLatest(db);
        console.log(`Restored ${file} into ${describeDatabase(config.database)}${applied.length ? `, then applied ${applied.length} newer migration(s)` : ''}. Restart the site's processes so no cached page is older than the data.`);
      } finally {
        await db.destroy();
      }
      return 0;
    },
  },
};

function requireFile(value: string | boolean | undefined): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  console.error('Name the backup file: byline backup FILE, or byline restore FILE.');
  return undefined;
}
