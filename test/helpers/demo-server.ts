// A real Byline server on 127.0.0.1 with the demo publication loaded, for browser tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';

/** `env`: more configuration, e.g. a small BYLINE_COMMENTS_PER_PAGE. */
export async function startDemoServer(env: Record<string, string> = {}): Promise<{ app: FastifyInstance; url: string; close(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-browser-'));
  const config = loadConfig({ env: { BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0', ...env }, cwd: dataDir });
  const app = await buildApp(config, { logger: false });
  await loadDemo(app.byline);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
