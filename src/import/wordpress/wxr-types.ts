// The records of a WordPress eXtended RSS (WXR 1.0–1.2) export, as the reader hands them on:
// plain strings as WordPress wrote them, with the line each record started on for messages.
export interface WxrSite {
  title: string;
  link: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  wxrVersion: string;
  language: string;
}

export interface WxrAuthor {
  id: string;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
  line: number;
}

export interface WxrTerm {
  kind: 'category' | 'tag';
  id: string;
  slug: string;
  name: string;
  /** The parent category's slug (categories only); '' at the top. */
  parentSlug: string;
  description: string;
  line: number;
}

export interface WxrComment {
  id: string;
  author: string;
  email: string;
  url: string;
  date: string;
  dateGmt: string;
  content: string;
  /** '1' approved, '0' pending, 'spam', 'trash', 'post-trashed'. */
  approved: string;
  /** '' or 'comment' for a reader's comment; 'pingback', 'trackback'. */
  type: string;
  parent: string;
}

export interface WxrItem {
  title: string;
  link: string;
  creator: string;
  guid: string;
  content: string;
  excerpt: string;
  postId: string;
  postDate: string;
  postDateGmt: string;
  modifiedGmt: string;
  commentStatus: string;
  postName: string;
  status: string;
  postParent: string;
  postType: string;
  password: string;
  isSticky: boolean;
  attachmentUrl: string;
  categories: { domain: string; nicename: string; name: string }[];
  meta: Record<string, string>;
  comments: WxrComment[];
  line: number;
}

export type WxrRecord =
  | { kind: 'site'; site: WxrSite }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'term'; term: WxrTerm }
  | { kind: 'item'; item: WxrItem };
