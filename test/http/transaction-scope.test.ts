// Regression (issue 8): a lost save race froze the site on SQLite, because the service asked
// `db` who had won while its own transaction held the only connection. Inside a transaction
// only `trx` is reachable now, and a query on `db` there fails at once instead of hanging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryOutsideTransactionError } from '../../src/db/transaction-guard.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';

/** Settles the promise, or reports that the database froze (a hang would also stall close()). */
function orFroze<T>(promise: Promise<T>, ms = 8000): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('the database froze')), ms).unref())]);
}

describe('transactions reach only their own connection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('does not freeze the site when two saves from one version race: one wins, the other gets a conflict', async () => {
    const { articles } = t.app.byline.services;
    const article = await factories(t.app).article({ status: 'draft' });
    const results = await orFroze(Promise.allSettled([
      articles.updateArticle(article.id, { headline: 'First writer wins' }, { expectedVersion: article.version }),
      articles.updateArticle(article.id, { headline: 'Second writer loses' }, { expectedVersion: article.version }),
    ]));
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'VERSION_CONFLICT' });
    // The site still answers afterwards.
    expect((await orFroze(t.app.inject({ url: '/' }))).statusCode).toBe(200);
  });

  it('fails a query on db inside a transaction at once, with real I/O awaited inside, and leaves the data as it was', async () => {
    const { db } = t.app.byline;
    const before = await db.selectFrom('sections').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const attempt = db.transaction().execute(async (trx) => {
      await trx.insertInto('sections').values({ slug: 'inside-trx', path: '/inside-trx', parent_id: null, name: 'Inside', description: '', position: 99 }).execute();
      await new Promise((resolve) => setImmediate(resolve));
      return db.selectFrom('sections').selectAll().execute();
    });
    await expect(orFroze(attempt)).rejects.toBeInstanceOf(QueryOutsideTransactionError);
    const after = await db.selectFrom('sections').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
