#!/usr/bin/env node
// `npm test`: build dist/ (what the CLI tests run), type-check, then run every Vitest project this machine can run, say plainly what
// was left out and how to enable it, and end with one "N passed, N failed" line for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const left = [];
if (!process.env.TEST_DATABASE_URL) {
  left.push('PostgreSQL suite: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run the behaviour tests on PostgreSQL too.');
}
if (!existsSync(chromium)) {
  left.push(`Browser tests: no Chromium at ${chromium}; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
}

// The CLI tests run bin/byline.js, which runs the build: make it once, before the files run in parallel.
const built = spawnSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' });
if (built.status !== 0) {
  console.log('Build failed.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const typecheck = spawnSync('npx', ['tsc', '--noEmit'], { stdio: 'inherit' });
if (typecheck.status !== 0) {
  console.log('Type check failed.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('.test-results', { recursive: true });
const output = '.test-results/vitest.json';
const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`, ...process.argv.slice(2)], { stdio: 'inherit' });

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(output)) {
  const results = JSON.parse(readFileSync(output, 'utf8'));
  passed = results.numPassedTests ?? 0;
  failed = (results.numFailedTests ?? 0) + (results.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0).length;
  skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
}
if (run.status !== 0 && failed === 0) failed = 1;

if (left.length > 0) {
  console.log('\nLeft out on this machine:');
  for (const line of left) console.log(`  - ${line}`);
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
