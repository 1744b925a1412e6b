// Starts Byline: build the app, load the demo into an empty database (unless BYLINE_DEMO=false),
// listen, print the URL, and close cleanly on SIGINT/SIGTERM. Failures a user can fix (port in
// use, database unreachable, bad config) become one clear message, not a stack trace.
// As a worker of a cluster (cluster.ts) it leaves the announcement to the primary, and the
// migrations and the demo to the worker told to prepare, whose go-ahead the others wait for.
import cluster from 'node:cluster';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { type Config, describeDatabase } from './config/config.ts';
import { AppError } from './errors.ts';
import { trackConnections } from './graceful-close.ts';
import { startJobs } from './jobs.ts';
import { clusterRole, type ListeningMessage, type PreparedMessage, setupTokenVariable, untilPrepared } from './cluster.ts';

export async function startServer(config: Config, say: (line: string) => void = console.log): Promise<FastifyInstance> {
  const worker = cluster.isWorker;
  const role = worker ? clusterRole() : undefined;
  // Modules are loaded by now; the database is opened (and migrated) once the preparing worker is done.
  if (role === 'await') await untilPrepared();
  const app = await buildApp(config);
  let stopJobs: (() => Promise<void>) | undefined;
  if (worker) {
    const token = process.env[setupTokenVariable];
    delete process.env[setupTokenVariable];
    if (token) app.byline.services.auth.adoptSetupToken(token);
  }
  try {
    let loadedDemo = false;
    if (!worker || role === 'prepare') {
      const { loadDemoOnFirstStart } = await import('./demo/first-start.ts');
      loadedDemo = await loadDemoOnFirstStart(app.byline, say);
    }
    if (role === 'prepare') {
      // Loading the demo leaves what drew its pictures (sharp, libvips: 169 MB resident against
      // 88) in the process for good: a worker that did hands over to a fresh one (cluster.ts).
      const prepared: PreparedMessage = { byline: 'prepared', noUsers: (await app.byline.services.auth.countUsers()) === 0, retiring: loadedDemo };
      await new Promise<void>((resolve) => process.send!(prepared, undefined, {}, () => resolve()));
      if (loadedDemo) {
        await app.close();
        process.exit(0);
      }
    }
    app.addHook('preClose', async () => stopJobs?.());
    trackConnections(app.server);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new AppError('PORT_IN_USE', `Port ${config.port} on ${config.host} is already in use by another program. Stop it, or set PORT to a free port.`, { cause: error });
    }
    throw error;
  }
  stopJobs = startJobs(app.byline, app.log);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  if (worker) process.send?.({ byline: 'listening', port } satisfies ListeningMessage);
  if (worker) return installSignals(app, () => {});
  say(`Byline is running on ${describeDatabase(config.database)}`);
  const url = config.baseUrl.replace(`:${config.port}`, `:${port}`);
  say(`Open ${url}`);
  if ((await app.byline.services.auth.countUsers()) === 0) {
    say(`No one can sign in yet. Create the first administrator at this one-time address (keep it private):`);
    say(`  ${url}/admin/setup?token=${app.byline.services.auth.setupToken()}`);
    say('or run: npx byline user create --email you@example.com --role administrator');
  }

  return installSignals(app, say);
}

/**
 * SIGTERM/SIGINT: a graceful stop. /readyz turns 503, the listener stops accepting, requests in
 * flight finish (a request arriving on a kept-alive connection is still served, with Connection:
 * close), background jobs stop, then the database closes. Connections still busy after
 * BYLINE_SHUTDOWN_TIMEOUT_S are closed; a second signal stops at once.
 */
function installSignals(app: FastifyInstance, say: (line: string) => void): FastifyInstance {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      say(`${signal} again: stopping now.`);
      process.exit(1);
    }
    stopping = true;
    say(`${signal}: finishing requests in flight, then closing…`);
    app.health.draining = true;
    const timeoutMs = app.byline.config.shutdownTimeoutMs;
    const timer = setTimeout(() => {
      say(`Requests still running after ${timeoutMs / 1000} s; closing their connections.`);
      app.server.closeAllConnections();
    }, timeoutMs);
    timer.unref();
    try {
      await app.close();
    } catch (error) {
      app.log.error({ err: error }, 'closing failed');
      process.exit(1);
    }
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  return app;
}
