import { describe, expect, it } from 'vitest';
import { formTokenSigner, readFormToken, signFormToken } from './form-token.ts';

const secret = 'a-secret-of-the-comments';
const at = Date.parse('2026-12-03T15:00:00.000Z');

describe('comment form tokens', () => {
  it('signs the time and the article, and reads back only a genuine token for that article', () => {
    const token = signFormToken(secret, 44, new Date(at));
    expect(token).toMatch(/^[0-9a-z]{9}\.[A-Za-z0-9_-]{32}$/);
    expect(readFormToken(secret, 44, token)?.getTime()).toBe(at);
    expect(readFormToken(secret, 45, token)).toBeUndefined();
    expect(readFormToken('another secret', 44, token)).toBeUndefined();
    const [stamp, signature] = token.split('.');
    expect(readFormToken(secret, 44, `${(at - 60_000).toString(36)}.${signature}`)).toBeUndefined();
    expect(readFormToken(secret, 44, `${stamp}.${signature!.slice(0, -1)}${signature!.endsWith('A') ? 'B' : 'A'}`)).toBeUndefined();
  });

  it('makes, for each article and millisecond, exactly the token signFormToken makes, remembered only within that millisecond', () => {
    const sign = formTokenSigner(secret);
    const seen = new Set<string>();
    for (let ms = at; ms < at + 50; ms++) {
      for (const articleId of [1, 44, 45, 1]) {
        const token = sign(articleId, ms);
        expect(token).toBe(signFormToken(secret, articleId, new Date(ms)));
        expect(readFormToken(secret, articleId, token)?.getTime()).toBe(ms);
        seen.add(token);
      }
    }
    expect(seen.size).toBe(50 * 3); // a new token every millisecond, one per article
    // Going back in time (a clock set back) signs again rather than reusing a later token.
    expect(sign(44, at)).toBe(signFormToken(secret, 44, new Date(at)));
  });
});
