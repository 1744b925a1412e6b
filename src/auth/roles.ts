// Roles and what each may do. Every state-changing route asks `can()` on the server; hiding a
// button is only a courtesy. The matrix here is the one the role-matrix test walks.
import type { Role } from '../db/schema.ts';

export type { Role };
export const roles: Role[] = ['administrator', 'editor', 'author', 'contributor'];

export interface Viewer {
  userId: number;
  email: string;
  name: string;
  role: Role;
  /** The person (byline profile) this user writes as, if any. */
  personId: number | null;
}

export type Action =
  | 'article.create'
  | 'article.edit-own'
  | 'article.edit-any'
  | 'article.publish-own'
  | 'article.publish-any'
  | 'article.delete'
  /** Put any writer on a byline; without it, a byline may name only yourself (or whoever is on it already). */
  | 'article.byline-any'
  /** See every unpublished article in the desk; without it, only your own and what is published. */
  | 'article.read-any'
  /** Publish over the copy desk's errors, with a reason that is recorded. */
  | 'copydesk.override'
  | 'people.manage'
  | 'profile.edit-own'
  | 'taxonomy.manage'
  /** Pages (About, Contact…) and the header and footer menus. */
  | 'pages.manage'
  | 'media.upload'
  | 'media.manage'
  | 'comments.moderate'
  | 'users.manage'
  | 'settings.manage'
  /** Import a WordPress export: it creates people, sections and published articles. */
  | 'import.run';

const grants: Record<Role, Action[]> = {
  administrator: [
    'article.create', 'article.edit-own', 'article.edit-any', 'article.publish-own', 'article.publish-any', 'article.delete', 'article.byline-any', 'article.read-any', 'copydesk.override',
    'people.manage', 'profile.edit-own', 'taxonomy.manage', 'pages.manage', 'media.upload', 'media.manage', 'comments.moderate', 'users.manage', 'settings.manage', 'import.run',
  ],
  editor: [
    'article.create', 'article.edit-own', 'article.edit-any', 'article.publish-own', 'article.publish-any', 'article.delete', 'article.byline-any', 'article.read-any', 'copydesk.override',
    'people.manage', 'profile.edit-own', 'taxonomy.manage', 'pages.manage', 'media.upload', 'media.manage', 'comments.moderate', 'import.run',
  ],
  author: ['article.create', 'article.edit-own', 'article.publish-own', 'profile.edit-own', 'media.upload'],
  contributor: ['article.create', 'article.edit-own', 'profile.edit-own'],
};

export function can(viewer: Pick<Viewer, 'role'>, action: Action): boolean {
  return grants[viewer.role].includes(action);
}

/**
 * May this viewer put these people on a byline? Editors and administrators: anyone. Others: only
 * themselves, plus whoever the article's byline already names (a co-author an editor added).
 */
export function canSetByline(viewer: Pick<Viewer, 'role' | 'personId'>, requested: readonly number[], current: readonly number[] = []): boolean {
  if (can(viewer, 'article.byline-any')) return true;
  return requested.every((id) => id === viewer.personId || current.includes(id));
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as string[]).includes(value);
}

/** A role as a person types it: any case, and "admin" for administrator. */
export function roleFrom(value: string): Role | undefined {
  const role = value.trim().toLowerCase();
  if (role === 'admin') return 'administrator';
  return isRole(role) ? role : undefined;
}
