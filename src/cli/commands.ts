// The `byline` commands: start, migrate, demo. Each reads the config the same way the server
// does and reports in plain sentences; `--help` on any of them says what it does.
import { createAppContext } from '../app-context.ts';
import { loadConfig, describeDatabase } from '../config/config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openDatabase } from '../db/database.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { startServer } from '../server.ts';

export interface Command {
  summary: string;
  usage: string;
  options?: Record<string, { type: 'boolean' | 'string'; description: string }>;
  run(options: Record<string, string | boolean | undefined>): Promise<number | 'running'>;
}

export const commands: Record<string, Command> = {
  start: {
    summary: 'Run the site (migrates the database first; loads the demo into an empty one).',
    usage: 'byline start',
    async run() {
      await startServer(loadConfig());
      return 'running';
    },
  },
  migrate: {
    summary: "Bring the database's schema up to date.",
    usage: 'byline migrate',
    async run() {
      const config = loadConfig();
      const db = await openDatabase(config.database);
      try {
        const { applied } = await migrateToLatest(db);
        console.log(applied.length ? `Applied ${applied.length} migration(s) to ${describeDatabase(config.database)}: ${applied.join(', ')}` : `${describeDatabase(config.database)} is already up to date.`);
      } finally {
        await db.destroy();
      }
      return 0;
    },
  },
  demo: {
    summary: 'Load the demo publication into an empty database.',
    usage: 'byline demo [--force]',
    options: { force: { type: 'boolean', description: 'replace everything in the database with the demo' } },
    async run(options) {
      const config = loadConfig();
      const context = await createAppContext(config);
      try {
        const report = await loadDemo(context, { force: options.force === true });
        console.log(`Loaded the demo into ${describeDatabase(config.database)}: ${report.articles} articles by ${report.people} people in ${report.sections} sections.`);
      } finally {
        await context.close();
      }
      return 0;
    },
  },
};
