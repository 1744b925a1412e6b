// Cross-worker invalidation in a `byline start --workers N` cluster: each worker sends its keys
// to the primary over the cluster's IPC channel, and the primary relays them to every other
// worker (relayInvalidations). Used on SQLite, where there is no database to carry messages.
import cluster, { type Worker } from 'node:cluster';
import { randomUUID } from 'node:crypto';
import type { InvalidationBus } from './invalidation-bus.ts';

interface PurgeMessage {
  byline: 'purge';
  from: string;
  keys: string[];
}

const isPurge = (message: unknown): message is PurgeMessage => typeof message === 'object' && message !== null && (message as PurgeMessage).byline === 'purge';

export function createClusterBus(): InvalidationBus {
  const instance = randomUUID();
  const handlers: ((keys: string[]) => void)[] = [];
  const listener = (message: unknown) => {
    if (isPurge(message) && message.from !== instance) handlers.forEach((handler) => handler(message.keys));
  };
  process.on('message', listener);
  return {
    publish: (keys) =>
      new Promise<void>((resolve) => {
        if (!process.send) return resolve();
        process.send({ byline: 'purge', from: instance, keys } satisfies PurgeMessage, undefined, {}, () => resolve());
      }),
    onRemote: (handler) => void handlers.push(handler),
    settled: async () => {},
    close: async () => void process.off('message', listener),
  };
}

/** In the primary: passes each worker's purge on to the others. */
export function relayInvalidations(): void {
  cluster.on('message', (sender: Worker, message: unknown) => {
    if (!isPurge(message)) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker.id !== sender.id && worker.isConnected()) worker.send(message);
    }
  });
}
