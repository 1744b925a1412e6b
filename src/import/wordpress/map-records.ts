// Pure rules from WordPress's fields to Byline's: post status, dates in the site's time zone,
// comment states, comment HTML to the plain text Byline comments are, excerpts to standfirsts.
import { Text } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { CommentsTable } from '../../db/schema.ts';
import { zonedLocalToUtc } from '../../zoned-time.ts';
import { normalise } from './fidelity.ts';
import type { WxrItem } from './wxr-types.ts';

export type StatusRule = { status: 'draft' | 'scheduled' | 'published'; submitted: boolean; note?: string } | { skip: string };

/** publish → published (a password-protected post → draft: Byline has no passwords on stories); future → scheduled; pending → a draft submitted for review; private → draft. */
export function statusOf(item: WxrItem): StatusRule {
  switch (item.status) {
    case 'publish':
      return item.password ? { status: 'draft', submitted: false, note: 'password-protected: kept as a draft' } : { status: 'published', submitted: false };
    case 'future':
      return { status: 'scheduled', submitted: false };
    case 'pending':
      return { status: 'draft', submitted: true };
    case 'private':
      return { status: 'draft', submitted: false, note: 'private: kept as a draft' };
    case 'draft':
      return { status: 'draft', submitted: false };
    case 'trash':
      return { skip: 'in the WordPress trash' };
    case 'auto-draft':
      return { skip: 'an empty auto-draft' };
    default:
      return { skip: `status "${item.status}"` };
  }
}

const emptyDate = /^0000-00-00/;

/** WordPress's GMT time when it has one, else its local time read in the site's time zone. */
export function wpTime(gmt: string, local: string, timeZone: string): Date | null {
  if (gmt && !emptyDate.test(gmt)) {
    const date = new Date(`${gmt.replace(' ', 'T')}Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  if (local && !emptyDate.test(local)) return zonedLocalToUtc(local.slice(0, 16).replace(' ', 'T'), timeZone) ?? null;
  return null;
}

export function commentStatusOf(approved: string): CommentsTable['status'] | undefined {
  return ({ '1': 'approved', approve: 'approved', '0': 'pending', hold: 'pending', spam: 'spam', trash: 'trash', 'post-trashed': 'trash' } as const)[approved];
}

export const isPingback = (type: string) => type === 'pingback' || type === 'trackback';

/** Comment HTML → plain text: paragraphs and line breaks kept as newlines, a link's address kept beside its words. */
export function commentText(html: string): string {
  const document = parseDocument(html.replace(/\r\n?/g, '\n').replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*/gi, '\n\n'), { decodeEntities: true });
  for (const link of DomUtils.getElementsByTagName('a', document.children)) {
    const href = link.attribs.href ?? '';
    const text = DomUtils.textContent(link).trim();
    DomUtils.replaceElement(link, new Text(href && href !== text && /^https?:/.test(href) ? `${text} (${href})` : text));
  }
  return DomUtils.textContent(document.children).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function plainText(html: string): string {
  return normalise(DomUtils.textContent(parseDocument(html, { decodeEntities: true }).children));
}
