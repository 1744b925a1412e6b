// `byline start --workers N`: one primary process and N workers on one machine, every core
// serving. A first child migrates the database and loads the demo once, before any worker starts
// (so the primary itself never loads the app and stays small); then the primary forks the workers, relays page-cache purges between them (cache/invalidation-bus.cluster.ts),
// restarts a worker that dies, and on SIGINT/SIGTERM asks each to close and waits for them.
// Workers are ordinary servers (server.ts) sharing the listening socket; background jobs run on
// one of them at a time (jobs.ts). Several machines behind a load balancer work the same way on
// PostgreSQL, where purges travel by LISTEN/NOTIFY instead.
import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { relayInvalidations } from './cache/invalidation-bus.cluster.ts';
import { roleVariable } from './cluster-role.ts';
import { type Config, describeDatabase } from './config/config.ts';

export interface ListeningMessage {
  byline: 'listening';
  port: number;
}

interface PreparedMessage {
  byline: 'prepared';
  noUsers: boolean;
}

const isListening = (message: unknown): message is ListeningMessage => typeof message === 'object' && message !== null && (message as ListeningMessage).byline === 'listening';
const isPrepared = (message: unknown): message is PreparedMessage => typeof message === 'object' && message !== null && (message as PreparedMessage).byline === 'prepared';


/** In the first child: migrate, load the demo into an empty database, report, exit. */
export async function prepareDatabase(config: Config, say: (line: string) => void = console.log): Promise<void> {
  const [{ createAppContext }, { loadDemoOnFirstStart }] = await Promise.all([import('./app-context.ts'), import('./demo/first-start.ts')]);
  const context = await createAppContext(config);
  try {
    await loadDemoOnFirstStart(context, say);
    const message: PreparedMessage = { byline: 'prepared', noUsers: (await context.services.auth.countUsers()) === 0 };
    await new Promise<void>((resolve) => process.send!(message, undefined, {}, () => resolve()));
  } finally {
    await context.close();
  }
}

function prepareInChild(): Promise<PreparedMessage> {
  return new Promise((resolve, reject) => {
    const child = cluster.fork({ [roleVariable]: 'prepare' });
    let prepared: PreparedMessage | undefined;
    child.on('message', (message: unknown) => {
      if (isPrepared(message)) prepared = message;
    });
    child.once('exit', (code) => (prepared && code === 0 ? resolve(prepared) : reject(new Error(`Preparing the database failed (exit code ${code}).`))));
  });
}

/** What a worker is told at fork: the one-time setup address every worker accepts. */
export const setupTokenVariable = 'BYLINE_SETUP_TOKEN';

const semiSpaceMb = 2;

export async function startCluster(config: Config, workers: number, say: (line: string) => void = console.log): Promise<void> {
  let noUsers: boolean;
  try {
    ({ noUsers } = await prepareInChild());
  } catch {
    process.exitCode = 1; // the child said why
    return;
  }

  // Connections are handed to the workers in turn by the primary (Node's default, round robin):
  // an even spread, at a cost per connection, not per request, on kept-alive connections.
  // A small young generation: a worker allocates little per request (pages are cached Buffers),
  // and V8's default lets each worker's heap grow by tens of megabytes it rarely needs.
  const flags = process.execArgv.some((flag) => flag.startsWith('--max-semi-space-size')) ? [] : [`--max-semi-space-size=${semiSpaceMb}`];
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...flags] });
  const setupToken = randomBytes(24).toString('base64url');
  relayInvalidations();
  let stopping = false;
  let announced = false;
  const fork = () => cluster.fork({ [setupTokenVariable]: setupToken });

  cluster.on('message', (_worker: Worker, message: unknown) => {
    if (!isListening(message) || announced) return;
    announced = true;
    const url = config.baseUrl.replace(`:${config.port}`, `:${message.port}`);
    say(`Byline is running on ${describeDatabase(config.database)}, ${workers} worker processes`);
    say(`Open ${url}`);
    if (noUsers) {
      say(`No one can sign in yet. Create the first administrator at this one-time address (keep it private):`);
      say(`  ${url}/admin/setup?token=${setupToken}`);
      say('or run: npx byline user create --email you@example.com --role administrator');
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // A worker that dies before any has started would die again (a taken port, a bad database):
    // stop rather than fork in a loop. It has said why on stderr.
    if (!announced) {
      say(`A worker stopped while starting (${signal ?? `exit code ${code}`}); stopping.`);
      void stop(code || 1);
      return;
    }
    say(`Worker ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another.`);
    fork();
  });

  const stop = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined && !worker.isDead());
    await Promise.all(
      running.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    process.exit(exitCode);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      say(`${signal}: closing ${workers} workers…`);
      void stop(0);
    });
  }
  for (let i = 0; i < workers; i++) fork();
}
