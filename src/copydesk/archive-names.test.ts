// The archive of name spellings: built from published stories on first use, kept in step one
// story at a time, and never counting the story being checked as its own archive.
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import { createArchiveNames } from './archive-names.ts';

describe('the archive of names', () => {
  const stories = new Map([
    [1, 'Anthony Pellow spoke.'],
    [2, 'Mr Pellow left.'],
    [3, 'Pellow and Nowak met.'],
  ]);
  const source = {
    listArchiveText: async (afterId: number, limit: number) => [...stories].filter(([id]) => id > afterId).slice(0, limit).map(([id, body]) => ({ id, headline: '', standfirst: '', body_markdown: body })),
    findPublishedArticleById: async (id: number) => (stories.has(id) ? { id, headline: '', standfirst: '', bodyMarkdown: stories.get(id)! } : undefined),
  };

  it('counts stories per spelling, leaving out the story being checked', async () => {
    const archive = createArchiveNames(source, fixedClock(new Date()));
    expect((await archive.forStory(null)).count('Pellow')).toBe(3);
    expect((await archive.forStory(3)).count('Pellow')).toBe(2);
    expect((await archive.forStory(3)).count('Nowak')).toBe(0);
    expect((await archive.forStory(null)).variantsOf('Pelow', 2)).toEqual([['Pellow', 3]]);
  });

  it('follows saves and unpublished stories, and rebuilds when old', async () => {
    const clock = fixedClock(new Date('2026-11-28T12:00:00Z'));
    const archive = createArchiveNames(source, clock, 60_000);
    await archive.forStory(null);
    stories.set(4, 'Katarzyna Nowak said so.');
    await archive.refresh(4);
    expect((await archive.forStory(null)).count('Nowak')).toBe(2);
    stories.delete(1);
    await archive.refresh(1);
    expect((await archive.forStory(null)).count('Anthony')).toBe(0);
    stories.set(5, 'Nowak again.');
    clock.advance(120_000);
    expect((await archive.forStory(null)).count('Nowak')).toBe(2); // starts a rebuild, answers from the old archive meanwhile
    // The rebuild is a few awaited queries: let the event loop turn (no clock involved).
    for (let turn = 0; turn < 20 && (await archive.forStory(null)).count('Nowak') !== 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect((await archive.forStory(null)).count('Nowak')).toBe(3);
  });
});
