#!/usr/bin/env node
// The `byline` command: runs the compiled dist/byline.js (scripts/build.js) with plain node, so
// a running site loads no compiler. In a checkout whose src/ is newer than dist/, it rebuilds
// first (esbuild, well under a second), so editing and running stay one step.
import { ensureBuilt } from '../scripts/build.js';

await ensureBuilt();
await import('../dist/byline.js');
