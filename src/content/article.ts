// The article, as the rest of Byline sees it: named regions (headline, standfirst, meta,
// media, body) that the article page lays out, plus the summary used on fronts and lists.
import type { Viewer } from '../auth/auth.ts';
import type { Credit } from './credit.ts';
import type { Person } from '../people/people.ts';

export type ArticleStatus = 'draft' | 'scheduled' | 'published';

export interface SectionRef {
  id: number;
  slug: string;
  name: string;
  /** Its front's address: every ancestor's slug, then its own (/world/europe). */
  path: string;
}

export interface TagRef {
  id: number;
  slug: string;
  name: string;
}

export interface FeaturedImage {
  url: string;
  alt: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
}

export interface Article {
  id: number;
  slug: string;
  status: ArticleStatus;
  section: SectionRef;
  headline: string;
  standfirst: string;
  dateline: string;
  /** Everyone credited, in byline order; `credit` absent means 'author'. */
  authors: (Person & { credit?: Credit })[];
  tags: TagRef[];
  bodyMarkdown: string;
  /** Sanitized HTML, rendered when the article was saved. */
  bodyHtml: string;
  /** Offset in bodyHtml after which the inline "See also" box goes. */
  bodyBreak: number;
  featuredImage: FeaturedImage | null;
  publishedAt: Date | null;
  /** Set when a published article was changed afterwards. */
  updatedAt: Date | null;
  commentsOpen: boolean;
  seoTitle: string | null;
  seoDescription: string | null;
  /** The story (series) it belongs to, as the editor typed it ("Tesse river treaty"); null for none. */
  story: string | null;
  /** Public path; null until the article has a publication date. */
  path: string | null;
  /** Optimistic concurrency: a save must name the version it started from. */
  version: number;
  createdBy: number | null;
  submittedAt: Date | null;
  modifiedAt: Date;
}

export interface ArticleSummary {
  id: number;
  slug: string;
  headline: string;
  standfirst: string;
  section: SectionRef;
  authors: (Pick<Person, 'id' | 'slug' | 'name' | 'roleTitle'> & { credit?: Credit })[];
  featuredImage: FeaturedImage | null;
  publishedAt: Date;
  updatedAt: Date | null;
  path: string;
}

/** A summary with its stored, sanitized body: what a full-content feed carries. */
export interface ArticleWithBody extends ArticleSummary {
  bodyHtml: string;
}

export interface ArticleInput {
  headline: string;
  /** Derived from the headline when absent. */
  slug?: string;
  sectionId: number;
  standfirst?: string;
  dateline?: string;
  bodyMarkdown?: string;
  /** Person ids in byline order. */
  authorIds: number[];
  /** Each author's credit, parallel to authorIds; missing ones are 'author'. */
  credits?: Credit[];
  /** Tag names; unknown ones are created. */
  tags?: string[];
  status?: ArticleStatus;
  publishedAt?: Date | null;
  /** For imports and the demo: when the published article was last changed. */
  updatedAt?: Date | null;
  featuredImage?: FeaturedImage | null;
  commentsOpen?: boolean;
  seoTitle?: string | null;
  seoDescription?: string | null;
  /** The story (series); blank or null for none. Related articles treat it as the strongest signal. */
  story?: string | null;
}

/** Who is saving, and which version their edit started from (omit to skip the check). */
export interface SaveOptions {
  userId?: number | null;
  /** Who is saving, when a person is: their role limits whom they may put on the byline. */
  viewer?: Pick<Viewer, 'role' | 'personId'>;
  expectedVersion?: number;
  /** A contributor asking for review. */
  submitForReview?: boolean;
  /** A published article's correction or update, shown to readers; stored with this version. */
  note?: { kind: 'correction' | 'update'; text: string };
}

export interface ArticleFilter {
  sectionId?: number;
  /** Any of these sections: a section's front lists its own stories and those of the sections under it. */
  sectionIds?: number[];
  tagId?: number;
  personId?: number;
}
