import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import { chooseEncoding, createPageCache, formTokenPlaceholder, pageBody, personalBody, personalMarker } from './page-cache.ts';

const clock = () => fixedClock(new Date('2026-11-28T12:00:00Z'));
const token = (n: number) => `${String(n).padStart(9, '0')}.${'s'.repeat(32)}`;

/** A page shaped like an article: some varied text, a token in a form, a place for held comments. */
function articleLike(id: number): Buffer {
  const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} about the harbour vote, the tide tables and café prices (${i * 7}).</p>`).join('');
  return Buffer.from(`<!doctype html><html><body>${paragraphs}<section>${personalMarker}<form><input name="formToken" value="${formTokenPlaceholder(id)}"><textarea></textarea></form></section><footer>Back to top</footer></body></html>`);
}

describe('page cache', () => {
  it('stores, serves and expires pages', () => {
    const c = clock();
    const cache = createPageCache({ clock: c, ttlMs: 1000, compress: false });
    cache.set('/a', Buffer.from('<p>a</p>'), {}, ['a:1']);
    expect(pageBody(cache.get('/a')!, 'identity', undefined).toString()).toBe('<p>a</p>');
    c.advance(1001);
    expect(cache.get('/a')).toBeUndefined();
  });

  it('fills the token slot afresh in every encoding, and each decodes to the same page', async () => {
    const cache = createPageCache({ clock: clock() });
    const entry = cache.set('/story', articleLike(7), {}, ['a:7']);
    await cache.settled();
    expect(entry.tokenArticleId).toBe(7);
    expect(entry.compressed?.br).toBeDefined();
    for (const n of [1, 2]) {
      const identity = pageBody(entry, 'identity', token(n)).toString();
      expect(identity).toContain(`value="${token(n)}"`);
      expect(identity).not.toContain('__BYLINE');
      expect(gunzipSync(pageBody(entry, 'gzip', token(n))).toString()).toBe(identity);
      expect(brotliDecompressSync(pageBody(entry, 'br', token(n))).toString()).toBe(identity);
    }
    expect(pageBody(entry, 'br', token(1)).length).toBeLessThan(entry.identity.length / 3);
  });

  it('picks brotli, then gzip, then identity by Accept-Encoding, honouring q=0', async () => {
    const cache = createPageCache({ clock: clock() });
    const entry = cache.set('/s', articleLike(1), {}, []);
    expect(chooseEncoding(entry, 'gzip, br')).toBe('identity'); // not compressed yet
    await cache.settled();
    expect(chooseEncoding(entry, 'gzip, deflate, br')).toBe('br');
    expect(chooseEncoding(entry, 'br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding(entry, 'deflate')).toBe('identity');
    expect(chooseEncoding(entry, undefined)).toBe('identity');
  });

  it("splices a reader's own fragment where the marker was", () => {
    const cache = createPageCache({ clock: clock(), compress: false });
    const entry = cache.set('/story', articleLike(3), {}, []);
    const mine = personalBody(entry, '<div class="held-comments">mine</div>', token(5)).toString();
    expect(mine).toContain('<section><div class="held-comments">mine</div><form>');
    expect(mine).toContain(`value="${token(5)}"`);
    expect(pageBody(entry, 'identity', token(5)).toString()).toContain('<section><form>');
  });

  it('purges exactly the pages built from a key', () => {
    const cache = createPageCache({ clock: clock(), compress: false });
    cache.set('/one', Buffer.from('1'), {}, ['a:1', 'nav']);
    cache.set('/two', Buffer.from('2'), {}, ['a:2', 'nav']);
    cache.set('/list', Buffer.from('l'), {}, ['a:1', 'a:2', 'l:home']);
    expect(cache.purge(['a:1'])).toBe(2);
    expect(cache.get('/two')).toBeDefined();
    expect(cache.get('/one')).toBeUndefined();
    expect(cache.purge(['nav'])).toBe(1);
    cache.set('/three', Buffer.from('3'), {}, ['x']);
    expect(cache.purge(['*'])).toBe(1);
    expect(cache.stats().bytes).toBe(0);
  });

  it('keeps within its byte budget, dropping the least recently used page first', () => {
    const page = Buffer.alloc(1000, 'x');
    const cache = createPageCache({ clock: clock(), compress: false, maxBytes: 5000 });
    cache.set('/1', page, {}, ['k']);
    cache.set('/2', page, {}, ['k']);
    cache.set('/3', page, {}, ['k']);
    cache.get('/1');
    cache.set('/4', page, {}, ['k']);
    expect(cache.get('/2')).toBeUndefined();
    expect(cache.get('/1')).toBeDefined();
    expect(cache.stats().bytes).toBeLessThanOrEqual(5000);
    expect(cache.purge(['k'])).toBe(3);
  });

  it('evicts exactly the least recently used page, as a list in order of use would, over many mixed reads and stores', () => {
    // Hits only stamp their entry; the cache reorders when it evicts. A plain list is the reference.
    const page = Buffer.alloc(1000, 'x');
    const cache = createPageCache({ clock: clock(), compress: false, maxBytes: 6500 }); // room for 4 pages
    const byUse: string[] = []; // least recently used first
    const use = (url: string) => {
      byUse.splice(byUse.indexOf(url), 1);
      byUse.push(url);
    };
    let seed = 20261203;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let evictions = 0;
    for (let step = 0; step < 2000; step++) {
      const url = `/${Math.floor(random() * 9)}`;
      if (random() < 0.6) {
        const held = byUse.includes(url);
        expect(cache.get(url) !== undefined).toBe(held);
        if (held) use(url);
      } else {
        if (byUse.includes(url)) use(url);
        else byUse.push(url);
        cache.set(url, page, {}, ['k']);
        if (byUse.length > 4) {
          const evicted = byUse.shift()!;
          evictions++;
          expect(cache.get(evicted)).toBeUndefined();
        }
        expect(cache.stats().entries).toBe(byUse.length);
      }
    }
    expect(evictions).toBeGreaterThan(100);
  });
});
