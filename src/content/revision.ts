// Revisions: each save stores a snapshot of the article's editable fields and the names of the
// fields that changed. Pure functions here; the repository stores them, the service restores.
import type { Article, FeaturedImage } from './article.ts';
import type { Credit } from './credit.ts';

export interface ArticleSnapshot {
  headline: string;
  slug: string;
  standfirst: string;
  dateline: string;
  sectionId: number;
  bodyMarkdown: string;
  tags: string[];
  authorIds: number[];
  /** Each author's credit, parallel to authorIds (absent in revisions saved before credits existed). */
  credits?: Credit[];
  /** The story (series); absent in revisions saved before stories existed. */
  story?: string | null;
  featuredImage: FeaturedImage | null;
  commentsOpen: boolean;
  seoTitle: string | null;
  seoDescription: string | null;
  status: Article['status'];
  publishedAt: string | null;
}

export interface Revision {
  id: number;
  articleId: number;
  version: number;
  userId: number | null;
  userName: string | null;
  createdAt: Date;
  changedFields: (keyof ArticleSnapshot)[];
  snapshot: ArticleSnapshot;
}

export function snapshotOf(article: Article): ArticleSnapshot {
  return {
    headline: article.headline,
    slug: article.slug,
    standfirst: article.standfirst,
    dateline: article.dateline,
    sectionId: article.section.id,
    bodyMarkdown: article.bodyMarkdown,
    tags: article.tags.map((tag) => tag.name),
    authorIds: article.authors.map((person) => person.id),
    credits: article.authors.map((person) => person.credit ?? 'author'),
    story: article.story,
    featuredImage: article.featuredImage,
    commentsOpen: article.commentsOpen,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    status: article.status,
    publishedAt: article.publishedAt?.toISOString() ?? null,
  };
}

export function changedFields(before: ArticleSnapshot | null, after: ArticleSnapshot): (keyof ArticleSnapshot)[] {
  const keys = Object.keys(after) as (keyof ArticleSnapshot)[];
  if (!before) return keys.filter((key) => after[key] !== null && after[key] !== '' && !(Array.isArray(after[key]) && (after[key] as unknown[]).length === 0));
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
