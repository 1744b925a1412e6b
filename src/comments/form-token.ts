// The comment form's signed token: which article it was served for and when, signed with a
// secret shared by every instance. It lets the pipeline tell a bot that posts 0.4 s after the
// page was served, or replays a week-old form, from a person. A cached page is served with a
// fresh token each time (cache/token-slot.ts); formTokenSigner makes those without redoing the
// HMAC for views of one article within the same millisecond, which get the same token anyway.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signFormToken(secret: string, articleId: number, servedAt: Date): string {
  return signAt(secret, articleId, servedAt.getTime());
}

/**
 * signFormToken for one secret, remembering the tokens of the current millisecond: the same
 * tokens (same time, same article, same signature), one HMAC per article per millisecond.
 */
export function formTokenSigner(secret: string): (articleId: number, servedAtMs: number) => string {
  let millisecond = -1;
  const made = new Map<number, string>();
  return (articleId, servedAtMs) => {
    if (servedAtMs !== millisecond) {
      millisecond = servedAtMs;
      made.clear();
    }
    let token = made.get(articleId);
    if (token === undefined) made.set(articleId, (token = signAt(secret, articleId, servedAtMs)));
    return token;
  };
}

function signAt(secret: string, articleId: number, servedAtMs: number): string {
  // Nine base-36 digits (until the year 5188) keep every token 42 characters: the width of the
  // slot a cached page keeps for it (cache/token-slot.ts).
  const stamp = servedAtMs.toString(36).padStart(9, '0');
  return `${stamp}.${mac(secret, articleId, stamp)}`;
}

/** When the form was served, if the token is genuine and for this article. */
export function readFormToken(secret: string, articleId: number, token: string): Date | undefined {
  const [stamp, signature] = token.split('.');
  if (!stamp || !signature || !/^[0-9a-z]{1,12}$/.test(stamp)) return undefined;
  const expected = Buffer.from(mac(secret, articleId, stamp));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return new Date(parseInt(stamp, 36));
}

function mac(secret: string, articleId: number, stamp: string): string {
  return createHmac('sha256', secret).update(`comment-form|${articleId}|${stamp}`).digest('base64url').slice(0, 32);
}
