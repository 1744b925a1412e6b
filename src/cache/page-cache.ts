// Rendered public pages kept in memory as Buffers, so a page view is a map lookup and a write:
// close to static-file speed. Any change to content empties it (the listeners in app.ts), and
// entries also expire after `ttlMs`, which bounds how long another instance behind the same
// load balancer can serve a page older than a change it did not hear about.
// A page may hold one signed comment-form token: it is stored as a gap and filled afresh on
// every serve, so the spam pipeline's timing signal stays true for cached pages.
import { createHash } from 'node:crypto';
import type { Clock } from '../clock.ts';

export interface CachedPage {
  /** The page split around its comment-form token, if it has one. */
  parts: Buffer[];
  tokenArticleId: number | null;
  etag: string;
  headers: Record<string, string>;
  storedAt: number;
}

const tokenMarker = /__BYLINE_FORM_TOKEN_(\d+)__/;

/** What a view writes where the comment form's token goes, in a page that may be cached. */
export const formTokenPlaceholder = (articleId: number) => `__BYLINE_FORM_TOKEN_${articleId}__`;

export type PageCache = ReturnType<typeof createPageCache>;

export function createPageCache({ clock, maxEntries = 1000, ttlMs = 30_000 }: { clock: Clock; maxEntries?: number; ttlMs?: number }) {
  const entries = new Map<string, CachedPage>();
  let hits = 0;
  let misses = 0;

  return {
    get(key: string): CachedPage | undefined {
      const entry = entries.get(key);
      if (!entry || clock.now().getTime() - entry.storedAt > ttlMs) {
        if (entry) entries.delete(key);
        misses++;
        return undefined;
      }
      entries.delete(key);
      entries.set(key, entry); // most recently used last
      hits++;
      return entry;
    },

    /** Stores a page; returns the entry so the first response is assembled the same way. */
    set(key: string, body: Buffer, headers: Record<string, string>): CachedPage {
      const entry: CachedPage = { ...split(body), etag: `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`, headers, storedAt: clock.now().getTime() };
      entries.set(key, entry);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return entry;
    },

    /** A page that is not kept (private, an error) but may still hold a token gap to fill. */
    wrap: (body: Buffer): CachedPage => ({ ...split(body), etag: '', headers: {}, storedAt: 0 }),

    clear(): void {
      entries.clear();
    },

    stats: () => ({ entries: entries.size, hits, misses }),
  };
}

function split(body: Buffer): Pick<CachedPage, 'parts' | 'tokenArticleId'> {
  const text = body.toString('utf8');
  const match = tokenMarker.exec(text);
  if (!match) return { parts: [body], tokenArticleId: null };
  return { parts: [Buffer.from(text.slice(0, match.index)), Buffer.from(text.slice(match.index + match[0].length))], tokenArticleId: Number(match[1]) };
}

/** The bytes to send: the stored parts with a fresh token in the gap. */
export function assemble(entry: CachedPage, token: string | undefined): Buffer {
  return entry.parts.length === 1 ? entry.parts[0]! : Buffer.concat([entry.parts[0]!, Buffer.from(token ?? ''), entry.parts[1]!]);
}
