// `byline start --workers N`: one primary process and N workers on one machine, every core
// serving. The primary forks every worker at once (it never loads the app itself, so it stays
// small): the first migrates the database and loads the demo into an empty one, then tells the
// primary, which lets the others go on; they load their modules meanwhile and open the database
// only then, so migrations and the demo run once and a start pays one process start, not two.
// A worker that loaded the demo exits instead of serving (what drew the pictures would stay in
// its memory), and the primary forks a fresh one in its place.
// The primary relays page-cache purges between workers (cache/invalidation-bus.cluster.ts),
// restarts a worker that dies, and on SIGINT/SIGTERM asks each to close and waits for them.
// Workers are ordinary servers (server.ts) sharing the listening socket; background jobs run on
// one of them at a time (jobs.ts). Several machines behind a load balancer work the same way on
// PostgreSQL, where purges travel by LISTEN/NOTIFY instead.
import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { relayInvalidations } from './cache/invalidation-bus.cluster.ts';
import { type ClusterRole, roleVariable } from './cluster-role.ts';
import { type Config, describeDatabase } from './config/config.ts';

export interface ListeningMessage {
  byline: 'listening';
  port: number;
}

/** From the preparing worker once the database is migrated and the demo loaded. */
export interface PreparedMessage {
  byline: 'prepared';
  noUsers: boolean;
  /** It loaded the demo and exits instead of serving; the primary forks a fresh worker for it. */
  retiring: boolean;
}

/** From a worker told to await, once it listens for the go-ahead (a message sent before would be lost). */
interface AwaitingMessage {
  byline: 'awaiting';
}

/** From the primary to an awaiting worker: the database is ready. */
interface GoMessage {
  byline: 'go';
}

const isMessage = <T extends { byline: string }>(kind: T['byline']) => (message: unknown): message is T => typeof message === 'object' && message !== null && (message as T).byline === kind;
const isListening = isMessage<ListeningMessage>('listening');
const isPrepared = isMessage<PreparedMessage>('prepared');
const isAwaiting = isMessage<AwaitingMessage>('awaiting');
const isGo = isMessage<GoMessage>('go');

/** This worker's part in the start (told at fork, then forgotten so nothing it starts inherits it). */
export function clusterRole(): ClusterRole {
  const role = process.env[roleVariable];
  delete process.env[roleVariable];
  return role === 'prepare' || role === 'await' ? role : 'serve';
}

/** In a waiting worker: resolves when the primary says the preparing worker is done. */
export function untilPrepared(): Promise<void> {
  return new Promise((resolve) => {
    const listener = (message: unknown) => {
      if (!isGo(message)) return;
      process.off('message', listener);
      resolve();
    };
    process.on('message', listener);
    process.send!({ byline: 'awaiting' } satisfies AwaitingMessage);
  });
}

/** What a worker is told at fork: the one-time setup address every worker accepts. */
export const setupTokenVariable = 'BYLINE_SETUP_TOKEN';

// Measured in docs/performance.md (2026-12-03, start-up and memory, round two): a 1 MB young
// generation and two malloc arenas cut a worker's idle memory without a measurable cost per request.
const semiSpaceMb = 1;
/** glibc gives each thread that allocates an arena of its own; a worker needs few. Read by glibc at process start, so set at fork. */
const mallocArenas = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };

export async function startCluster(config: Config, workers: number, say: (line: string) => void = console.log): Promise<void> {
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
  let prepared: PreparedMessage | undefined; // once the preparing worker is done
  const waiting = new Set<Worker>(); // workers awaiting the go-ahead
  const retiring = new Set<Worker>(); // the preparing worker, when it loaded the demo
  // A worker forked once the database is ready (a replacement) serves at once.
  const fork = (role: ClusterRole = 'serve') => cluster.fork({ ...mallocArenas, [setupTokenVariable]: setupToken, [roleVariable]: role });

  const go = (worker: Worker) => worker.send({ byline: 'go' } satisfies GoMessage);
  cluster.on('message', (worker: Worker, message: unknown) => {
    if (isAwaiting(message)) {
      if (prepared) go(worker);
      else waiting.add(worker);
      return;
    }
    if (isPrepared(message)) {
      prepared = message;
      if (message.retiring) {
        retiring.add(worker);
        fork();
      }
      for (const awaiting of waiting) if (!awaiting.isDead()) go(awaiting);
      waiting.clear();
      return;
    }
    if (!isListening(message) || announced) return;
    announced = true;
    const url = config.baseUrl.replace(`:${config.port}`, `:${message.port}`);
    say(`Byline is running on ${describeDatabase(config.database)}, ${workers} worker processes`);
    say(`Open ${url}`);
    if (prepared?.noUsers) {
      say(`No one can sign in yet. Create the first administrator at this one-time address (keep it private):`);
      say(`  ${url}/admin/setup?token=${setupToken}`);
      say('or run: npx byline user create --email you@example.com --role administrator');
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping || retiring.delete(worker)) return; // a retiring worker's replacement is already forked
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
  fork('prepare');
  for (let i = 1; i < workers; i++) fork('await');
}
