// When a demo article was published and updated, counted back from the moment the demo loads.
// An update never lies in the future: one the data puts past "now" is kept just before it.
import type { DemoArticle } from './demo-types.ts';

const hourMs = 3_600_000;

export function demoTimes(article: Pick<DemoArticle, 'publishedDaysAgo' | 'updatedHoursLater'>, now: number): { publishedAt: Date; updatedAt: Date | null } {
  const published = now - article.publishedDaysAgo * 24 * hourMs;
  if (!article.updatedHoursLater) return { publishedAt: new Date(published), updatedAt: null };
  const updated = Math.min(published + article.updatedHoursLater * hourMs, now - 5 * 60_000);
  // Readers see "Updated" only more than a minute after publication.
  return { publishedAt: new Date(published), updatedAt: updated - published > 2 * 60_000 ? new Date(updated) : null };
}
