#!/usr/bin/env node
// CI's check of the dependencies a site runs (npm audit --omit=dev): fails on any high or
// critical advisory. When the advisory database cannot be reached (no network, a registry
// mirror without the audit endpoint) it says so plainly and does not fail the build.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = { error: { summary: 'npm audit printed no report' } };
}
if (report.error || !report.metadata) {
  const why = report.error?.summary || report.error?.code || report.error?.detail || (run.stderr || '').split('\n').find((line) => /audit /.test(line))?.replace(/^npm (warn|error) /, '') || 'no answer';
  console.log(`npm audit: the advisory database could not be reached (${why}); dependencies were not checked.`);
  process.exit(0);
}
const { high = 0, critical = 0, moderate = 0, low = 0 } = report.metadata.vulnerabilities ?? {};
console.log(`npm audit --omit=dev: ${critical} critical, ${high} high, ${moderate} moderate, ${low} low.`);
if (high + critical > 0) {
  for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) {
    if (entry.severity === 'high' || entry.severity === 'critical') console.log(`  ${entry.severity}: ${name} ${entry.range ?? ''}`);
  }
  process.exit(1);
}
