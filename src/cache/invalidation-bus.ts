// How instances tell each other which cached pages went stale. One instance: nothing to tell.
// Cluster workers on one machine: through the cluster's IPC, relayed by the primary
// (invalidation-bus.cluster.ts). PostgreSQL: LISTEN/NOTIFY on the shared database, which also
// reaches instances on other machines (invalidation-bus.postgres.ts). A bus never echoes an
// instance's own message back to it; after a lost connection it drops everything once ('*'),
// because messages may have been missed meanwhile.
export interface InvalidationBus {
  /** Tells every other instance these keys are stale. */
  publish(keys: string[]): Promise<void>;
  /** Called with keys another instance published. */
  onRemote(handler: (keys: string[]) => void): void;
  /** Resolves once messages published so far have left this instance. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export function createLocalBus(): InvalidationBus {
  return { publish: async () => {}, onRemote: () => {}, settled: async () => {}, close: async () => {} };
}

/** Splits keys into messages no larger than `maxBytes` of JSON. */
export function inMessages(keys: string[], maxBytes: number): string[][] {
  const messages: string[][] = [];
  let current: string[] = [];
  let size = 64;
  for (const key of keys) {
    if (current.length > 0 && size + key.length + 3 > maxBytes) {
      messages.push(current);
      current = [];
      size = 64;
    }
    current.push(key);
    size += key.length + 3;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}
