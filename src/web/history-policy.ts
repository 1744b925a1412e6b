// Whether a story has a public history page: the site setting says for which stories (those with
// a correction, by default; every story changed after publication; or none).
import type { ArticleNote } from '../content/content.ts';
import type { SiteSettings } from '../settings/site-settings.ts';

export function hasPublicHistory(setting: SiteSettings['publicHistory'], article: { publishedAt: Date; updatedAt: Date | null }, notes: Pick<ArticleNote, 'kind'>[]): boolean {
  if (setting === 'off') return false;
  if (notes.some((note) => note.kind === 'correction')) return true;
  return setting === 'all' && (notes.length > 0 || (article.updatedAt !== null && article.updatedAt.getTime() - article.publishedAt.getTime() > 60_000));
}

export const historyPath = (articlePath: string) => `${articlePath}/history`;
