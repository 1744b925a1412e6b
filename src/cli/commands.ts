// The `byline` commands: start, migrate, demo, reindex, resanitize, and user create / reset-password. Each reads the
// config the same way the server does and reports in plain sentences; `--help` on any of them
// says what it does. One-time password links are printed for the operator, never logged.
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { AppContext } from '../app-context.ts';
import { linkLifetimeMs, roleFrom, type Role } from '../auth/auth.ts';
import { loadConfig, describeDatabase } from '../config/config.ts';
import { AppError } from '../errors.ts';
import { backupCommands } from './backup.commands.ts';
import { importWordpressCommand } from './import-wordpress.command.ts';

// Each command loads what it needs when it runs (the build keeps each in a chunk of its own):
// `byline --help` loads no server, and a cluster's primary loads no web framework.
const createAppContext = async (...args: Parameters<typeof import('../app-context.ts').createAppContext>) => (await import('../app-context.ts')).createAppContext(...args);

export interface Command {
  summary: string;
  usage: string;
  options?: Record<string, { type: 'boolean' | 'string'; description: string; required?: boolean }>;
  /** The one positional argument's name (given to run() as an option of that name), if the command takes one. */
  argument?: string;
  run(options: Record<string, string | boolean | undefined>): Promise<number | 'running'>;
}

export const commands: Record<string, Command> = {
  start: {
    summary: 'Run the site (migrates the database first; loads the demo into an empty one).',
    usage: 'byline start [--workers N]',
    options: { workers: { type: 'string', description: 'processes serving the site on this machine (default: BYLINE_WORKERS, or one per core; 1: no cluster)' } },
    async run(options) {
      const config = loadConfig();
      const workers = options.workers === undefined ? (config.workers ?? availableParallelism()) : Number(options.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new AppError('CONFIG_INVALID', `--workers is "${String(options.workers)}"; expected a whole number of processes from 1 to 256.`);
      if (cluster.isPrimary && workers > 1) await (await import('../cluster.ts')).startCluster(config, workers);
      else await (await import('../server.ts')).startServer(config);
      return 'running';
    },
  },
  migrate: {
    summary: "Bring the database's schema up to date.",
    usage: 'byline migrate',
    async run() {
      const config = loadConfig();
      const [{ openDatabase }, { migrateToLatest }] = await Promise.all([import('../db/database.ts'), import('../db/migrate.ts')]);
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
    summary: 'Load the demo publication into an empty database, or remove it for an empty site.',
    usage: 'byline demo [--force | --remove]',
    options: {
      force: { type: 'boolean', description: 'replace everything in the database with the demo' },
      remove: { type: 'boolean', description: 'delete every article, person, section and tag (the demo or not), so the site starts empty from now on' },
    },
    async run(options) {
      const config = loadConfig();
      const context = await createAppContext(config);
      try {
        if (options.remove === true) {
          const { removeDemo } = await import('../demo/remove-demo.ts');
          const removed = await removeDemo(context);
          console.log(`Removed ${removed.articles} articles, ${removed.people} people and ${removed.sections} sections from ${describeDatabase(config.database)}. The site is empty, and stays so at the next start.`);
          return 0;
        }
        const { loadDemo } = await import('../demo/load-demo.ts');
        const { createProgress } = await import('../progress.ts');
        const progress = await createProgress({ label: 'Loading the demo', unit: 'articles', say: (line) => console.log(line) });
        const report = await loadDemo(context, { force: options.force === true, ...(progress && { onProgress: progress.update }) }).finally(() => progress?.stop());
        console.log(`Loaded the demo into ${describeDatabase(config.database)}: ${report.articles} articles by ${report.people} people in ${report.sections} sections.`);
      } finally {
        await context.close();
      }
      return 0;
    },
  },
  reindex: {
    summary: 'Rebuild the search index (only what changed since the last reindex, unless --full) and the related-articles lists.',
    usage: 'byline reindex [--full]',
    options: { full: { type: 'boolean', description: 'index every published article again, not only those changed since the last reindex' } },
    async run(options) {
      return withContext(async ({ services }) => {
        const started = Date.now();
        const { createProgress } = await import('../progress.ts');
        const progress = await createProgress({ label: 'Reindexing', unit: 'articles' });
        const { indexed, removed, incremental } = await services.search.rebuildIndex(progress?.update, { full: options.full === true }).finally(() => progress?.stop());
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const what = incremental ? `article${indexed === 1 ? '' : 's'} changed since the last reindex` : `published article${indexed === 1 ? '' : 's'}`;
        console.log(`Reindexed ${indexed} ${what} in ${seconds} s${removed > 0 ? `; removed ${removed} stale entr${removed === 1 ? 'y' : 'ies'}` : ''}.`);
        const related = await services.related.rebuildIndex();
        console.log(`Recomputed related articles for ${related.articles} article${related.articles === 1 ? '' : 's'}.`);
      });
    },
  },
  resanitize: {
    summary: 'Render again every article and page body stored under older sanitizer rules (a running site does this itself, a little each run).',
    usage: 'byline resanitize [--all]',
    options: { all: { type: 'boolean', description: 'render every body again, not only those made under older rules' } },
    async run(options) {
      return withContext(async (context) => {
        const stopPurging = await purgeRunningSites(context);
        const { createProgress } = await import('../progress.ts');
        const progress = await createProgress({ label: 'Re-sanitizing', unit: 'bodies' });
        const outcome = await context.services.storedHtml.resanitize({ all: options.all === true, ...(progress && { onProgress: progress.update }) }).finally(() => progress?.stop());
        await stopPurging();
        console.log(`Rendered ${outcome.checked} stored bod${outcome.checked === 1 ? 'y' : 'ies'} again under the current sanitizer rules; ${outcome.changed} changed.`);
        if (outcome.changed > 0 && context.config.database.dialect === 'sqlite') console.log('A site running on this database keeps its cached copies of the changed pages until it restarts.');
      });
    },
  },
  'import wordpress': importWordpressCommand,
  'user create': {
    summary: 'Create a newsroom user and print their one-time link to choose a password.',
    usage: 'byline user create --email you@example.com --role administrator [--name "Your Name"]',
    options: {
      email: { type: 'string', description: 'their email address, used to sign in', required: true },
      role: { type: 'string', description: 'administrator (or admin), editor, author or contributor', required: true },
      name: { type: 'string', description: 'their name as colleagues know it (default: the email address)' },
    },
    async run(options) {
      return withContext(async ({ services, config }) => {
        const { user, token } = await services.auth.createUser({ email: String(options.email), name: String(options.name ?? ''), role: roleFrom(String(options.role)) ?? (String(options.role) as Role) });
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
  ...backupCommands,
};

function passwordLink(baseUrl: string, token: string): string {
  return `${baseUrl}/admin/password?token=${encodeURIComponent(token)}`;
}

/** On PostgreSQL, running sites hear which pages to drop (their invalidation bus); elsewhere nothing can reach them. */
async function purgeRunningSites(context: AppContext): Promise<() => Promise<void>> {
  const { database } = context.config;
  if (database.dialect !== 'postgres') return async () => {};
  const [{ createPostgresBus }, { resanitizedKeys }] = await Promise.all([import('../cache/invalidation-bus.postgres.ts'), import('../web/cache-invalidation.ts')]);
  const bus = await createPostgresBus({ connectionString: database.connectionString });
  context.events.on('bodies.resanitized', (change) => bus.publish(resanitizedKeys(change)));
  return async () => {
    await bus.settled();
    await bus.close();
  };
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
