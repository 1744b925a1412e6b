// Test projects: the behaviour and unit suite on SQLite always; the behaviour suite again on
// PostgreSQL when TEST_DATABASE_URL is set (with test/postgres/, what only PostgreSQL does);
// browser tests when Debian's chromium is installed.
// scripts/test.js (npm test) says plainly which were left out and how to enable them.
import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);
const withBrowser = existsSync(chromiumPath);

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/http/**/*.test.ts', 'test/db/**/*.test.ts', 'test/cli/**/*.test.ts'], env: { TEST_DIALECT: 'sqlite' } },
      },
      ...(withPostgres
        ? [{ extends: true as const, test: { name: 'postgres', include: ['test/http/**/*.test.ts', 'test/db/**/*.test.ts', 'test/postgres/**/*.test.ts'], env: { TEST_DIALECT: 'postgres' } } }]
        : []),
      ...(withBrowser
        ? [{ extends: true as const, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], fileParallelism: false, testTimeout: 90_000, env: { CHROMIUM_PATH: chromiumPath } } }]
        : []),
    ],
  },
});
