// Cross-instance invalidation on PostgreSQL: LISTEN/NOTIFY, no extra service. Each instance
// keeps one connection of its own LISTENing on a channel named for its schema (so sites, or
// test schemas, sharing a server never hear each other) and NOTIFYs through that same connection
// after a change has committed. NOTIFY payloads stop at 8000 bytes: long key lists go in parts.
// If the connection drops, it reconnects with backoff and drops every page once ('*').
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type InvalidationBus, inMessages } from './invalidation-bus.ts';

export interface PostgresBusOptions {
  connectionString: string;
  searchPath?: string;
  onError?: (error: unknown) => void;
}

export async function createPostgresBus({ connectionString, searchPath, onError = () => {} }: PostgresBusOptions): Promise<InvalidationBus> {
  const instance = randomUUID();
  const channel = `byline_pages_${(searchPath ?? 'public').toLowerCase().replace(/[^a-z0-9_]/g, '_')}`.slice(0, 63);
  const handlers: ((keys: string[]) => void)[] = [];
  let client: pg.Client | undefined;
  let closed = false;
  let sending: Promise<unknown> = Promise.resolve();
  let retryMs = 100;

  const deliver = (keys: string[]) => handlers.forEach((handler) => handler(keys));

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      if (message.channel !== channel || !message.payload) return;
      try {
        const { from, keys } = JSON.parse(message.payload) as { from: string; keys: string[] };
        if (from !== instance && Array.isArray(keys)) deliver(keys);
      } catch (error) {
        onError(error);
      }
    });
    next.on('error', (error) => {
      onError(error);
      if (client === next) reconnect();
    });
    await next.connect();
    await next.query(`listen "${channel}"`);
    client = next;
    retryMs = 100;
  }

  function reconnect(): void {
    const lost = client;
    client = undefined;
    void lost?.end().catch(() => {});
    if (closed) return;
    const timer = setTimeout(() => {
      connect()
        .then(() => deliver(['*'])) // whatever was said while away is lost: start clean
        .catch((error) => {
          onError(error);
          retryMs = Math.min(retryMs * 2, 5000);
          reconnect();
        });
    }, retryMs);
    timer.unref();
  }

  await connect();

  return {
    async publish(keys) {
      const send = async () => {
        for (const part of inMessages(keys, 7000)) {
          if (!client) return; // reconnecting: the others will start clean anyway
          await client.query('select pg_notify($1, $2)', [channel, JSON.stringify({ from: instance, keys: part })]);
        }
      };
      sending = sending.then(send).catch(onError);
      await sending;
    },
    onRemote: (handler) => void handlers.push(handler),
    settled: async () => void (await sending),
    async close() {
      closed = true;
      await sending;
      await client?.end().catch(() => {});
      client = undefined;
    },
  };
}
