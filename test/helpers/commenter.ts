// A reader posting comments through the article page's form, as a browser would: the signed
// form token is read from the page, the Origin header names the site, and the held-comment
// cookie is kept between requests. Each reader has an address of their own.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { parseDocument } from './html.ts';
import { absorb, cookieHeader } from './newsroom.ts';

let counter = 0;

export interface CommentFields {
  body?: string;
  name?: string;
  email?: string;
  url?: string;
  website_confirm?: string;
  parentId?: string;
  /** The comment page posted from (the form's hidden field unless given). */
  commentPage?: string;
}

export function reader(app: FastifyInstance, clock: { advance(ms: number): void }, options: { ip?: string } = {}) {
  const jar = new Map<string, string>();
  const ip = options.ip ?? `203.0.113.${(++counter % 250) + 1}`;
  const get = async (url: string) => absorb(jar, await app.inject({ url, remoteAddress: ip, headers: { cookie: cookieHeader(jar) } }));
  return {
    ip,
    jar,
    get,
    /** Opens the article, waits `thinkMs` (default 20 s), then posts the form. */
    async comment(articlePath: string, fields: CommentFields, options: { thinkMs?: number; origin?: string | null; token?: string; headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> {
      const page = parseDocument((await get(articlePath)).body);
      const form = page.querySelector('form.comment-form');
      if (!form) throw new Error(`No comment form on ${articlePath}`);
      // A field of the form: inside it, or tied to it by its form attribute (the token is last in the page).
      const hidden = (name: string) => (form.querySelector(`input[name="${name}"]`) ?? page.querySelector(`input[name="${name}"][form="${form.getAttribute('id')}"]`))?.getAttribute('value') ?? '';
      clock.advance(options.thinkMs ?? 20_000);
      const payload = new URLSearchParams({
        articleId: hidden('articleId'),
        parentId: fields.parentId ?? hidden('parentId'),
        commentPage: fields.commentPage ?? hidden('commentPage'),
        formToken: options.token ?? hidden('formToken'),
        body: fields.body ?? 'A considered comment.',
        name: fields.name ?? 'A Reader',
        email: fields.email ?? 'reader@example.net',
        url: fields.url ?? '',
        website_confirm: fields.website_confirm ?? '',
      }).toString();
      const origin = options.origin === undefined ? 'https://news.example.test' : options.origin;
      return absorb(jar, await app.inject({
        method: 'POST',
        url: '/comments',
        payload,
        remoteAddress: ip,
        headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'news.example.test', cookie: cookieHeader(jar), ...(origin ? { origin } : {}), ...options.headers },
      }));
    },
  };
}
