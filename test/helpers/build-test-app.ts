// A fresh Byline for one test file: a temporary SQLite file, or, in the postgres project, a
// schema of its own in the TEST_DATABASE_URL database (dropped on close). Real migrations,
// real HTTP through app.inject(); the clock is fixed unless a test moves it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { type Config, loadConfig } from '../../src/config/config.ts';

export const testDialect = process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

export interface TestApp {
  app: FastifyInstance;
  clock: ReturnType<typeof fixedClock>;
  config: Config;
  /** Another app instance on the same database, as behind a load balancer (closed by close()). */
  /** Another instance on the same database; `config` overrides some of this one's settings. */
  another(options?: { clock?: ReturnType<typeof fixedClock>; logger?: Record<string, unknown>; config?: Partial<Config> }): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  now?: Date;
  env?: Record<string, string>;
}

export async function createTestDatabase(): Promise<{ env: Record<string, string>; searchPath?: string; dataDir: string; drop(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-test-'));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (testDialect === 'sqlite') {
    return { env: { DATABASE_URL: path.join(dataDir, 'byline.db'), BYLINE_DATA_DIR: dataDir }, dataDir, drop: removeDir };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('The postgres test project needs TEST_DATABASE_URL.');
  const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    env: { DATABASE_URL: url, BYLINE_DATA_DIR: dataDir },
    searchPath: schema,
    dataDir,
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
      await removeDir();
    },
  };
}

export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ env: { ...database.env, BYLINE_BASE_URL: 'https://news.example.test', BYLINE_LOG_LEVEL: 'silent', ...options.env }, cwd: database.dataDir });
  const clock = fixedClock(options.now ?? new Date('2026-11-28T12:00:00Z'));
  const searchPath = database.searchPath ? { searchPath: database.searchPath } : {};
  const app = await buildApp(config, { clock, logger: false, ...searchPath });
  const others: FastifyInstance[] = [];
  return {
    app,
    clock,
    config,
    async another(options = {}) {
      const other = await buildApp({ ...config, ...options.config }, { clock: options.clock ?? clock, logger: options.logger ?? false, ...searchPath });
      others.push(other);
      return other;
    },
    async close() {
      for (const other of others) await other.close();
      await app.close();
      await database.drop();
    },
  };
}
