#!/usr/bin/env node
// The `byline` command. Byline is written in TypeScript and runs through tsx's loader, so
// there is no build step between a checkout and a running site. The tsconfig is named
// explicitly: the command may run from any directory, and JSX must compile the same everywhere.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');
