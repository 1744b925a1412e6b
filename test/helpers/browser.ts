// Debian's chromium driven by playwright-core (never a downloaded browser), with the flags this
// machine needs: no sandbox as root, and no background networking on a closed network.
import { rmSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Signs in on the newsroom's sign-in page as a person would, and waits for the desk. */
export async function signInWith(page: Page, url: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${url}/admin/login`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/admin\/articles/);
}

/** Serves the app on 127.0.0.1 and opens Chromium; close() ends both and removes the data folder. */
export async function serveToChromium(app: FastifyInstance, dataDir: string): Promise<{ url: string; browser: Browser; close(): Promise<void> }> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const browser = await launchChromium();
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
