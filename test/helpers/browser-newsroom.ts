// A real app on a free port with an editor signed in, in Chromium: the start of a browser test
// that an editor drives. The context bypasses the CSP only so axe-core can be injected; the
// pages' own scripts run under their policy as usual.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildApp } from '../../src/app.ts';
import type { Role } from '../../src/auth/auth.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config/config.ts';
import { launchChromium, signInWith } from './browser.ts';
import { createStaff } from './newsroom.ts';

export interface BrowserNewsroom {
  app: FastifyInstance;
  url: string;
  browser: Browser;
  context: BrowserContext;
  /** The signed-in tab. */
  page: Page;
  close(): Promise<void>;
}

export async function openBrowserNewsroom(options: { now: Date; role?: Role; setup?: (app: FastifyInstance) => Promise<void> }): Promise<BrowserNewsroom> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'byline-browser-'));
  const config = loadConfig({ env: { BYLINE_DATA_DIR: dataDir, BYLINE_LOG_LEVEL: 'silent' }, cwd: dataDir });
  const app = await buildApp(config, { clock: fixedClock(options.now), logger: false });
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await options.setup?.(app);
    const account = await createStaff(app, options.role ?? 'editor');
    await app.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    browser = await launchChromium();
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await signInWith(page, url, account);
    return { app, url, browser, context, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
