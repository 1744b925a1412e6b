// Regressions (issue 8): a parallel burst of wrong passwords locked nothing (read, hash, write
// back), and five failures from anywhere locked the owner out. Failures now count before the
// hash, per (account, address), with a slow-down per account that keeps guessing impractical.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInLimits } from '../../src/auth/sign-in-limits.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { browserFor, cookieHeader, createStaff } from '../helpers/newsroom.ts';

describe('sign-in lockout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  // A browser at an address of its own: the form's CSRF token, then posts from that address.
  async function from(address: string) {
    const browser = browserFor(t.app);
    const csrf = await browser.csrf();
    return (email: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/admin/login', remoteAddress: address, payload: new URLSearchParams({ email, password, _csrf: csrf }).toString(), headers: { cookie: cookieHeader(browser.jar), 'content-type': 'application/x-www-form-urlencoded' } });
  }

  it('locks the account against a burst of 12 parallel wrong passwords', async () => {
    const account = await createStaff(t.app, 'author');
    const attempt = await from('203.0.113.10');
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(account.email, `wrong guess ${i}`)));
    const statuses = burst.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 423).length).toBeGreaterThanOrEqual(12 - signInLimits.pair.failures);
    expect(statuses.every((status) => status === 401 || status === 423)).toBe(true);
    const right = await attempt(account.email, account.password);
    expect(right.statusCode).toBe(423);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(16 * 60 * 1000);
  });

  it("lets the owner sign in from their own address after a stranger's failures locked the stranger out", async () => {
    const account = await createStaff(t.app, 'editor');
    const stranger = await from('198.51.100.20');
    for (let i = 0; i < 6; i++) await stranger(account.email, `guess ${i}`);
    const locked = await stranger(account.email, account.password);
    expect(locked.statusCode).toBe(423);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    const owner = await from('192.0.2.30');
    expect((await owner(account.email, account.password)).statusCode).toBe(303);
    t.clock.advance(16 * 60 * 1000);
  });

  it('slows guessing at one account from many addresses to one attempt every few seconds, and the owner still gets in', async () => {
    const account = await createStaff(t.app, 'administrator');
    // A botnet: four guesses from each of many addresses, never enough to lock any one pair.
    const guessers = await Promise.all(Array.from({ length: 8 }, (_, i) => from(`198.51.100.${100 + i}`)));
    const statuses: number[] = [];
    for (const guess of guessers) for (let i = 0; i < 4; i++) statuses.push((await guess(account.email, `botnet guess ${i}`)).statusCode);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(signInLimits.account.failures + 1);
    const slowed = await guessers[0]!(account.email, 'one more guess');
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['retry-after']).toBe(String(signInLimits.account.spacingMs / 1000));
    const owner = await from('192.0.2.31');
    t.clock.advance(signInLimits.account.spacingMs);
    expect((await owner(account.email, account.password)).statusCode).toBe(303);
    t.clock.advance(16 * 60 * 1000);
  });

  it('answers the per-address limit with 429 and Retry-After', async () => {
    const attempt = await from('203.0.113.99');
    let last = await attempt('nobody@example.com', 'x');
    for (let i = 0; i < signInLimits.address.attempts; i++) last = await attempt(`nobody${i}@example.com`, 'guess');
    expect(last.statusCode).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(16 * 60 * 1000);
  });
});
