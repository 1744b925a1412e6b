// The shared hit counter behind the search rate limit (src/db/rate-counter.ts), on whichever
// dialect this project runs: two connections to one database count as one, a window restarts
// at the first hit after it ends, and ended windows' rows are deleted without being asked.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config/config.ts';
import { type Db, openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createRateCounter } from '../../src/db/rate-counter.ts';
import { createTestDatabase } from '../helpers/build-test-app.ts';

describe('the shared rate counter', () => {
  const clock = fixedClock(new Date('2026-12-03T12:00:00Z'));
  let one: Db;
  let two: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    const config = loadConfig({ env: database.env, cwd: database.dataDir });
    const options = database.searchPath ? { searchPath: database.searchPath } : {};
    one = await openDatabase(config.database, options);
    await migrateToLatest(one);
    two = await openDatabase(config.database, options);
  });
  afterAll(async () => {
    await one?.destroy();
    await two?.destroy();
    await drop?.();
  });

  it('counts hits sent at once through two connections exactly once each', async () => {
    const counters = [one, two].map((db) => createRateCounter(db, { clock, scope: 'test-burst', windowMs: 60_000 }));
    const hits = await Promise.all(Array.from({ length: 40 }, (_, i) => counters[i % 2]!.hit('198.51.100.1')));
    expect(hits.map((hit) => hit.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(new Set(hits.map((hit) => hit.resetInMs))).toEqual(new Set([60_000]));
  });

  it('restarts a window at the first hit after it ended, and says when each window ends', async () => {
    const counter = createRateCounter(one, { clock, scope: 'test-window', windowMs: 60_000 });
    expect(await counter.hit('198.51.100.2')).toEqual({ hits: 1, resetInMs: 60_000 });
    clock.advance(45_000);
    expect(await counter.hit('198.51.100.2')).toEqual({ hits: 2, resetInMs: 15_000 });
    clock.advance(15_000);
    expect(await counter.hit('198.51.100.2')).toEqual({ hits: 1, resetInMs: 60_000 });
    clock.advance(10_000);
    expect(await counter.hit('198.51.100.2')).toEqual({ hits: 2, resetInMs: 50_000 });
  });

  it("deletes ended windows' rows of its own scope on a later hit, and keeps the others", async () => {
    const counter = createRateCounter(two, { clock, scope: 'test-prune', windowMs: 60_000 });
    const rows = (scope: string) => one.selectFrom('rate_counts').select('client').where('scope', '=', scope).orderBy('client').execute();
    await counter.hit('198.51.100.3');
    clock.advance(30_000);
    await counter.hit('198.51.100.4');
    clock.advance(31_000);
    const before = (await rows('test-window')).length;
    await counter.hit('198.51.100.5'); // a window after the first hit: the prune runs, unawaited
    await vi.waitFor(async () => expect(await rows('test-prune')).toEqual([{ client: '198.51.100.4' }, { client: '198.51.100.5' }]));
    expect(await rows('test-window')).toHaveLength(before);
  });
});
