#!/usr/bin/env node
// The `byline` command. Byline is written in TypeScript and runs through tsx's loader, so
// there is no build step between a checkout and a running site.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
