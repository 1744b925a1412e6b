// Regression (issue 8): a client chose its own address with X-Forwarded-For, voiding comment
// flood control, the sign-in limit and what moderators see. Forwarding headers count only when
// BYLINE_TRUST_PROXY names the peer that sent them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument } from '../helpers/html.ts';
import { browserFor, cookieHeader, signIn, type Staff } from '../helpers/newsroom.ts';

const forged = (n: number) => ({ 'x-forwarded-for': `198.51.100.${n}` });

async function queueText(editor: Staff): Promise<string> {
  return parseDocument((await editor.get('/admin/comments?status=pending')).body).querySelector('main')?.textContent ?? '';
}

describe('X-Forwarded-For without BYLINE_TRUST_PROXY', () => {
  let t: TestApp;
  let article: Article;
  let editor: Staff;
  beforeAll(async () => {
    t = await buildTestApp();
    article = await factories(t.app).article();
    editor = await signIn(t.app, 'editor');
  });
  afterAll(() => t.close());

  it('does not let a forged address escape comment flood control', async () => {
    const pat = reader(t.app, t.clock, { ip: '203.0.113.40' });
    const first = await pat.comment(article.path!, { body: 'First thought on this.' }, { headers: forged(1) });
    expect(first.statusCode).toBe(303);
    const second = await pat.comment(article.path!, { body: 'A second thought straight after.' }, { thinkMs: 2_000, headers: forged(2) });
    expect(second.statusCode).toBe(429);
  });

  it('shows moderators the connecting address, never the forged one', async () => {
    const sam = reader(t.app, t.clock, { ip: '203.0.113.41' });
    expect((await sam.comment(article.path!, { body: 'Held for a look, I expect.', name: 'Sam Forger', email: 'sam@example.net' }, { headers: forged(66) })).statusCode).toBe(303);
    const queue = await queueText(editor);
    expect(queue).toContain('203.0.113.41');
    expect(queue).not.toContain('198.51.100.66');
  });

  it('does not let a forged address escape the sign-in limit per address', async () => {
    const browser = browserFor(t.app);
    const token = await browser.csrf();
    let last = 0;
    for (let i = 0; i < 21; i++) {
      const payload = new URLSearchParams({ email: `nobody${i}@example.com`, password: 'guess', _csrf: token }).toString();
      const response = await t.app.inject({ method: 'POST', url: '/admin/login', payload, remoteAddress: '203.0.113.42', headers: { ...forged(100 + i), cookie: cookieHeader(browser.jar), 'content-type': 'application/x-www-form-urlencoded' } });
      last = response.statusCode;
    }
    expect(last).toBe(429);
    t.clock.advance(16 * 60 * 1000);
  });
});

describe('X-Forwarded-For with BYLINE_TRUST_PROXY set', () => {
  let t: TestApp;
  let article: Article;
  let editor: Staff;
  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_TRUST_PROXY: '10.0.0.0/8, 192.0.2.1' } });
    article = await factories(t.app).article();
    editor = await signIn(t.app, 'editor');
  });
  afterAll(() => t.close());

  it('believes the client address a configured proxy forwards', async () => {
    const viaProxy = reader(t.app, t.clock, { ip: '10.1.2.3' });
    expect((await viaProxy.comment(article.path!, { body: 'Through the proxy.', name: 'Proxied Reader', email: 'proxied@example.net' }, { headers: { 'x-forwarded-for': '198.51.100.77' } })).statusCode).toBe(303);
    const queue = await queueText(editor);
    expect(queue).toContain('198.51.100.77');
    expect(queue).not.toContain('10.1.2.3');
  });

  it('ignores the header from a peer that is not a configured proxy', async () => {
    const direct = reader(t.app, t.clock, { ip: '203.0.113.50' });
    expect((await direct.comment(article.path!, { body: 'Straight to the server.', name: 'Direct Reader', email: 'direct@example.net' }, { headers: { 'x-forwarded-for': '198.51.100.78' } })).statusCode).toBe(303);
    const queue = await queueText(editor);
    expect(queue).toContain('203.0.113.50');
    expect(queue).not.toContain('198.51.100.78');
  });
});
