// Who may do what to one article. Roles grant actions (auth/roles.ts); ownership decides the
// "own" ones: an article is yours if you created it or your profile is in its byline.
// Contributors edit only their own drafts: once published, an article is the desk's.
import { type Viewer, can } from '../auth/auth.ts';
import type { Article } from './article.ts';

export function ownsArticle(viewer: Viewer, article: Pick<Article, 'createdBy' | 'authors'>): boolean {
  return article.createdBy === viewer.userId || (viewer.personId !== null && article.authors.some((person) => person.id === viewer.personId));
}

export function canEditArticle(viewer: Viewer, article: Pick<Article, 'createdBy' | 'authors' | 'status'>): boolean {
  if (can(viewer, 'article.edit-any')) return true;
  if (!can(viewer, 'article.edit-own') || !ownsArticle(viewer, article)) return false;
  return can(viewer, 'article.publish-own') || article.status === 'draft';
}

/** Publish, schedule and unpublish. */
export function canPublishArticle(viewer: Viewer, article: Pick<Article, 'createdBy' | 'authors'>): boolean {
  return can(viewer, 'article.publish-any') || (can(viewer, 'article.publish-own') && ownsArticle(viewer, article));
}

export function canDeleteArticle(viewer: Viewer): boolean {
  return can(viewer, 'article.delete');
}
