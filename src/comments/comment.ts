// Reader comments as the rest of Byline sees them. `PublicComment` is what pages, feeds and
// APIs get: it has no email, address or user agent, so a view handed one cannot leak them.
// `CommentRecord` adds the private fields, for the moderation queue only.
export type CommentStatus = 'pending' | 'approved' | 'spam' | 'trash';
export const commentStatuses: CommentStatus[] = ['pending', 'approved', 'spam', 'trash'];

export interface PublicComment {
  id: number;
  articleId: number;
  parentId: number | null;
  /** The top-level comment of a reply's thread; null on a top-level comment. */
  threadId: number | null;
  status: CommentStatus;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: Date;
  /** Written by the newsroom, shown with a staff badge. */
  isStaff: boolean;
  /** 0–11, from a keyed server-side hash of the email: a colour, never the hash itself. */
  avatarHue: number;
}

export interface CommentRecord extends PublicComment {
  authorEmail: string;
  ip: string | null;
  userAgent: string | null;
  reasons: string[];
  spamScore: number | null;
  articleHeadline: string;
}

/** A thread node: a comment and its replies, oldest first. */
export interface CommentNode {
  comment: PublicComment;
  replies: CommentNode[];
  /** On a top-level node of a comment page: the thread has more replies than shown. */
  moreReplies?: boolean;
}

/** How much of a thread one page shows, and how many replies a thread's own page holds. */
export const commentPaging = { repliesShown: 10, threadPageSize: 100 };

/**
 * One page of an article's comments: a bounded run of top-level threads, each with its first
 * replies; or (`thread`) one thread's replies after a cursor. `earlier`/`later` are the
 * neighbouring pages: `first` for the page with no cursor, else the comment id a cursor names.
 */
export interface CommentPage {
  /** Every approved comment of the article, replies included. */
  count: number;
  nodes: CommentNode[];
  earlier?: CommentPlace;
  later?: CommentPlace;
  /** A thread's own page: its top-level comment's id, and the article page that shows the thread. */
  thread?: number;
  all?: CommentPlace;
}

/** Where a page starts: the article's first page, after or before a top-level comment, or a thread's own page (after a reply). */
export type CommentPlace = { kind: 'first' } | { kind: 'after'; id: number } | { kind: 'before'; id: number } | { kind: 'thread'; thread: number; after?: number };

export interface CommentSubmission {
  articleId: number;
  parentId: number | null;
  name: string;
  email: string;
  url: string;
  body: string;
  /** The hidden field people never see; bots fill it. */
  honeypot: string;
  formToken: string;
  ip: string;
  userAgent: string;
}

export type CommentField = 'body' | 'name' | 'email' | 'url';

export type PostOutcome =
  | { kind: 'invalid'; errors: Partial<Record<CommentField, string>> }
  | { kind: 'refused'; code: 'COMMENTS_CLOSED' | 'NO_SUCH_PARENT'; message: string }
  /** Flood control: `retryAfterSeconds` is when a post from this address can be accepted again. */
  | { kind: 'refused'; code: 'TOO_FAST' | 'RATE_LIMITED'; message: string; retryAfterSeconds: number }
  | { kind: 'accepted'; comment: PublicComment; reasons: string[] };

export const limits = { body: 5000, name: 100, email: 254, url: 300 };
