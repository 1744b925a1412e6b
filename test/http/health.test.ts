// /healthz and /readyz: what a load balancer or an orchestrator asks before sending readers.
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';

describe('health endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  it('answers /healthz while the process is up, never cached', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers /readyz when the database is reachable and its migrations are current', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('does not send readers to a server whose database needs migrating (503 naming the migration)', async () => {
    const db = t.app.byline.db as unknown as import('kysely').Kysely<{ kysely_migration: { name: string; timestamp: string } }>;
    const last = await db.selectFrom('kysely_migration').select(['name', 'timestamp']).orderBy('name', 'desc').executeTakeFirstOrThrow();
    await db.deleteFrom('kysely_migration').where('name', '=', last.name).execute();
    try {
      const response = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json().reason).toContain(last.name);
    } finally {
      await db.insertInto('kysely_migration').values(last).execute();
    }
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });

  it('does not send readers to a server older than its database schema', async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('2099-01-01-0001-from-the-future', '2099-01-01T00:00:00.000Z')`.execute(t.app.byline.db);
    try {
      const response = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json().reason).toContain('2099-01-01-0001-from-the-future');
    } finally {
      await sql`delete from kysely_migration where name = '2099-01-01-0001-from-the-future'`.execute(t.app.byline.db);
    }
  });

  it('turns /readyz to 503 once a shutdown has begun, while /healthz still answers', async () => {
    t.app.health.draining = true;
    try {
      expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
      expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      t.app.health.draining = false;
    }
  });

  it('answers 503 when the database cannot be reached', async () => {
    const other = await t.another();
    await other.byline.db.destroy();
    const response = await other.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json().status).toBe('unavailable');
  });

  it('keeps probes out of the request log, which still records pages', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const logged = await t.another({ logger: { level: 'info', stream } });
    for (let i = 0; i < 5; i++) {
      await logged.inject({ method: 'GET', url: '/healthz' });
      await logged.inject({ method: 'GET', url: '/readyz' });
    }
    await logged.inject({ method: 'GET', url: '/' });
    expect(lines.some((line) => line.includes('"path":"/"'))).toBe(true);
    expect(lines.filter((line) => line.includes('healthz') || line.includes('readyz'))).toEqual([]);
  });
});
