// The demo's times: no "Updated" in the future (issue 13: the lead story said it was updated
// hours from now).
import { describe, expect, it } from 'vitest';
import { demoArticles } from './data/demo-articles.ts';
import { demoTimes } from './demo-times.ts';

describe('demo times', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');

  it('puts no demo article’s update after the moment the demo loads', () => {
    for (const article of demoArticles) {
      const { publishedAt, updatedAt } = demoTimes(article, now);
      expect(publishedAt.getTime()).toBeLessThanOrEqual(now);
      if (updatedAt) expect(updatedAt.getTime(), article.slug).toBeLessThan(now);
    }
  });

  it('keeps an update the data puts in the future just before now, or drops one too close to publication', () => {
    expect(demoTimes({ publishedDaysAgo: 0.05, updatedHoursLater: 4 }, now).updatedAt?.getTime()).toBe(now - 5 * 60_000);
    expect(demoTimes({ publishedDaysAgo: 0.003, updatedHoursLater: 1 }, now).updatedAt).toBeNull();
    expect(demoTimes({ publishedDaysAgo: 2, updatedHoursLater: 6 }, now).updatedAt?.toISOString()).toBe('2026-11-26T18:00:00.000Z');
  });

  it('writes the demo data so that no update needs clamping', () => {
    for (const article of demoArticles) if (article.updatedHoursLater) expect(article.updatedHoursLater, article.slug).toBeLessThan(article.publishedDaysAgo * 24);
  });
});
