// Inside a transaction only the transaction object may be used. On SQLite the transaction holds
// the only connection, so a query on `db` inside it waits for itself for ever (the site
// freezes); on PostgreSQL it runs outside the transaction and sees other data. The guard makes
// the mistake loud: a transaction's callback runs in an async context that the driver checks
// whenever a query asks for a connection of its own, and such a query fails at once.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DatabaseConnection, Dialect, Driver, Kysely, TransactionBuilder } from 'kysely';

const insideTransaction = new AsyncLocalStorage<true>();

export class QueryOutsideTransactionError extends Error {
  constructor() {
    super('A query used the base connection (db) inside a transaction: pass the transaction (trx) to the repository instead.');
    this.name = 'QueryOutsideTransactionError';
  }
}

/** Methods called on the real object (Kysely keeps its state in private fields). */
function bound<T extends object>(target: T, prop: string | symbol): unknown {
  const value = Reflect.get(target, prop, target);
  return typeof value === 'function' ? value.bind(target) : value;
}

function guardDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'acquireConnection') {
        return async (): Promise<DatabaseConnection> => {
          if (insideTransaction.getStore()) throw new QueryOutsideTransactionError();
          return target.acquireConnection();
        };
      }
      return bound(target, prop);
    },
  });
}

/** Runs `callback` as a transaction's callback: a query on the base connection inside it fails at once. */
export function insideGuardedTransaction<T>(callback: () => Promise<T>): Promise<T> {
  return insideTransaction.run(true, callback);
}

export function guardDialect(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => guardDriver(dialect.createDriver()),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}

function guardBuilder<DB>(builder: TransactionBuilder<DB>): TransactionBuilder<DB> {
  return new Proxy(builder, {
    get(target, prop) {
      if (prop === 'execute') return <T>(callback: Parameters<TransactionBuilder<DB>['execute']>[0]) => target.execute((trx) => insideGuardedTransaction(() => callback(trx) as Promise<T>));
      const value = bound(target, prop);
      return typeof value === 'function' ? (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown)(...args);
        return result && typeof result === 'object' && 'execute' in result ? guardBuilder(result as TransactionBuilder<DB>) : result;
      } : value;
    },
  });
}

/** The database whose transactions run their callbacks inside the guarded context. */
export function guardTransactions<DB>(db: Kysely<DB>): Kysely<DB> {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'transaction') return () => guardBuilder(target.transaction());
      return bound(target, prop);
    },
  });
}
