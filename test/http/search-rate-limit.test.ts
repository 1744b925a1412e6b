// Regression (issue 8): one client's burst of unique searches slowed the site for every reader,
// because search had no per-client limit. Each client (request.ip, as BYLINE_TRUST_PROXY
// resolves it) now has BYLINE_SEARCH_RATE_LIMIT searches a minute, cached pages included, and a
// refusal says when to come back (Retry-After) on a readable page. The budget is counted in the
// database, so several instances (or workers) on one database share it (issue 9).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument } from '../helpers/html.ts';

const perMinute = 3;

describe('search rate limit per client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_SEARCH_RATE_LIMIT: String(perMinute), BYLINE_TRUST_PROXY: '10.0.0.0/8' } });
    await factories(t.app).article({ headline: 'Harbour dredging approved', bodyMarkdown: 'The harbour will be dredged this winter.' });
  });
  afterAll(() => t.close());

  const search = (remoteAddress: string, q: string, headers: Record<string, string> = {}, path = '/search') => t.app.inject({ url: `${path}?q=${encodeURIComponent(q)}`, remoteAddress, headers });

  it('refuses the search past the budget with 429, Retry-After and a page that says how long to wait', async () => {
    for (let i = 0; i < perMinute; i++) expect((await search('198.51.100.1', `harbour ${i}`)).statusCode).toBe(200);
    const refused = await search('198.51.100.1', 'harbour again');
    expect(refused.statusCode).toBe(429);
    const wait = Number(refused.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(refused.headers['content-type']).toMatch(/^text\/html/);
    expect(refused.headers['cache-control']).toBe('no-store');
    const page = parseDocument(refused.body);
    expect(page.querySelector('h1')?.textContent).toBe('Please wait a moment');
    expect(page.querySelector('.error-page')?.textContent).toMatch(/wait \d+ seconds/);
    expect(page.querySelector('header')).not.toBeNull(); // inside the site's chrome, so the reader can go on
  });

  it('does not let a cached search page skip the limit', async () => {
    const first = await search('198.51.100.2', 'harbour');
    expect(first.statusCode).toBe(200);
    await t.app.pageCache.settled();
    const statuses: number[] = [];
    for (let i = 0; i < perMinute; i++) statuses.push((await search('198.51.100.2', 'harbour')).statusCode);
    expect(statuses).toEqual([...Array(perMinute - 1).fill(200), 429]);
    // The same page is still served from the cache to a client with budget left.
    expect((await search('198.51.100.3', 'harbour')).headers['x-cache']).toBe('hit');
  });

  it('shares one budget between /search and /search.json, answering the JSON with a JSON refusal', async () => {
    for (let i = 0; i < perMinute; i++) await search('198.51.100.4', `dredging ${i}`, {}, i % 2 === 0 ? '/search.json' : '/search');
    const refused = await search('198.51.100.4', 'dredging', {}, '/search.json');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({ error: 'RATE_LIMITED', retryAfterSeconds: Number(refused.headers['retry-after']) });
  });

  it("keeps one client's burst from limiting another client", async () => {
    for (let i = 0; i < perMinute + 2; i++) await search('198.51.100.5', `winter ${i}`);
    expect((await search('198.51.100.6', 'winter')).statusCode).toBe(200);
  });

  it('does not let a forged X-Forwarded-For escape the limit, and counts clients behind a configured proxy apart', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= perMinute; i++) statuses.push((await search('198.51.100.7', `quay ${i}`, { 'x-forwarded-for': `203.0.113.${i + 1}` })).statusCode);
    expect(statuses.at(-1)).toBe(429);
    // Through the proxy 10.0.0.9, two readers are two clients.
    for (let i = 0; i <= perMinute; i++) await search('10.0.0.9', `quay ${i}`, { 'x-forwarded-for': '192.0.2.50' });
    expect((await search('10.0.0.9', 'quay', { 'x-forwarded-for': '192.0.2.50' })).statusCode).toBe(429);
    expect((await search('10.0.0.9', 'quay', { 'x-forwarded-for': '192.0.2.51' })).statusCode).toBe(200);
  });

  it('lets the client search again once the minute has passed', async () => {
    for (let i = 0; i <= perMinute; i++) await search('198.51.100.8', `vote ${i}`);
    expect((await search('198.51.100.8', 'vote')).headers['retry-after']).toBe('60');
    t.clock.advance(45_000);
    expect((await search('198.51.100.8', 'vote')).headers['retry-after']).toBe('15');
    t.clock.advance(16_000);
    expect((await search('198.51.100.8', 'vote')).statusCode).toBe(200);
  });

  it('holds one budget across instances on the same database, even for searches sent at once', async () => {
    const other = await t.another();
    const fromOther = (remoteAddress: string, q: string) => other.inject({ url: `/search?q=${encodeURIComponent(q)}`, remoteAddress });
    // One after another, alternating: the second instance knows what the first counted.
    const statuses: number[] = [];
    for (let i = 0; i <= perMinute; i++) statuses.push((await (i % 2 === 0 ? search : fromOther)('198.51.100.10', `tide ${i}`)).statusCode);
    expect(statuses).toEqual([...Array(perMinute).fill(200), 429]);
    // A burst of twice the budget, half at each instance at once: exactly the budget passes.
    const burst = await Promise.all(Array.from({ length: perMinute * 2 }, (_, i) => (i % 2 === 0 ? search : fromOther)('198.51.100.11', `ebb ${i}`)));
    expect(burst.filter((answer) => answer.statusCode === 200)).toHaveLength(perMinute);
    expect(burst.filter((answer) => answer.statusCode === 429)).toHaveLength(perMinute);
  });

  it('leaves pages other than search unlimited', async () => {
    for (let i = 0; i < perMinute + 2; i++) expect((await t.app.inject({ url: '/', remoteAddress: '198.51.100.9' })).statusCode).toBe(200);
  });
});

describe('search rate limit turned off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_SEARCH_RATE_LIMIT: '0' } });
  });
  afterAll(() => t.close());

  it('answers every search when BYLINE_SEARCH_RATE_LIMIT is 0', async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < 70; i++) statuses.add((await t.app.inject({ url: `/search?q=word${i}`, remoteAddress: '198.51.100.20' })).statusCode);
    expect([...statuses]).toEqual([200]);
  });
});

describe('search rate limit over real HTTP', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_SEARCH_RATE_LIMIT: '2' } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => t.close());

  it('is not bypassed by the cache fast path for a search page the cache holds', async () => {
    expect((await fetch(`${base}/search?q=harbour`)).status).toBe(200);
    await t.app.pageCache.settled();
    expect((await fetch(`${base}/search?q=harbour`)).headers.get('x-cache')).toBe('hit');
    const refused = await fetch(`${base}/search?q=harbour`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
