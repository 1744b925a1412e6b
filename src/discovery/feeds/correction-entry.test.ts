// A correction as a feed entry: an id of its own, the note as text, escaped as HTML.
import { describe, expect, it } from 'vitest';
import { toCorrectionFeedEntry } from './correction-entry.ts';
import { fixtureArticle, fixtureSource } from './feed-fixture.ts';
import { buildJsonFeed } from './json-feed.ts';

describe('toCorrectionFeedEntry', () => {
  const correction = { id: 12, articleId: 7, kind: 'correction' as const, note: 'The vote was 32 to 23, not <31>.', version: 3, createdAt: new Date('2026-11-29T08:00:00Z'), article: fixtureArticle() };

  it('gives each correction its own id and links to the notice on the story', () => {
    const entry = toCorrectionFeedEntry(correction, 'https://news.example.test', 'Correction: Talks resume');
    expect(entry.id).toBe('tag:news.example.test,2026-11-29:correction-12');
    expect(entry.url).toBe('https://news.example.test/world/2026/11/28/talks-resume#note-12');
    expect(entry.summaryHtml).toBe('The vote was 32 to 23, not &lt;31&gt;.');
    expect(entry.contentHtml).toContain('<a href="https://news.example.test/world/2026/11/28/talks-resume">Talks resume</a>');
  });

  it('goes into a feed in place of article entries', () => {
    const entry = toCorrectionFeedEntry(correction, 'https://news.example.test', 'Correction: Talks resume');
    const feed = JSON.parse(buildJsonFeed(fixtureSource([fixtureArticle()], { entries: [entry] })));
    expect(feed.items.map((item: { id: string; title: string }) => [item.id, item.title])).toEqual([[entry.id, 'Correction: Talks resume']]);
  });
});
