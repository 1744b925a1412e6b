// The `byline` commands: start, migrate, demo, and user create / reset-password. Each reads the
// config the same way the server does and reports in plain sentences; `--help` on any of them
// says what it does. One-time password links are printed for the operator, never logged.
import { type AppContext, createAppContext } from '../app-context.ts';
import { linkLifetimeMs, type Role } from '../auth/auth.ts';
import { loadConfig, describeDatabase } from '../config/config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openDatabase } from '../db/database.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { startServer } from '../server.ts';

export interface Command {
  summary: string;
  usage: string;
  options?: Record<string, { type: 'boolean' | 'string'; description: string; required?: boolean }>;
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
  'user create': {
    summary: 'Create a newsroom user and print their one-time link to choose a password.',
    usage: 'byline user create --email you@example.com --role administrator [--name "Your Name"]',
    options: {
      email: { type: 'string', description: 'their email address, used to sign in', required: true },
      role: { type: 'string', description: 'administrator, editor, author or contributor', required: true },
      name: { type: 'string', description: 'their name as colleagues know it (default: the email address)' },
    },
    async run(options) {
      return withContext(async ({ services, config }) => {
        const { user, token } = await services.auth.createUser({ email: String(options.email), name: String(options.name ?? ''), role: String(options.role) as Role });
        console.log(`Created ${user.role} ${user.email}. Send them this one-time link to choose a password (it works once, for ${linkLifetimeMs / 3_600_000} hours):`);
        console.log(`  ${passwordLink(config.baseUrl, token)}`);
      });
    },
  },
  'user reset-password': {
    summary: 'Print a one-time link for a user to choose a new password.',
    usage: 'byline user reset-password --email you@example.com',
    options: { email: { type: 'string', description: 'the email address the user signs in with', required: true } },
    async run(options) {
      return withContext(async ({ services, config }) => {
        const { user, token } = await services.auth.issueResetLink(String(options.email));
        console.log(`A one-time link for ${user.email} to choose a new password (it works once, for ${linkLifetimeMs / 3_600_000} hours; their sessions end when it is used):`);
        console.log(`  ${passwordLink(config.baseUrl, token)}`);
      });
    },
  },
};

function passwordLink(baseUrl: string, token: string): string {
  return `${baseUrl}/admin/password?token=${encodeURIComponent(token)}`;
}

async function withContext(work: (context: AppContext) => Promise<void>): Promise<number> {
  const context = await createAppContext(loadConfig());
  try {
    await work(context);
  } finally {
    await context.close();
  }
  return 0;
}
