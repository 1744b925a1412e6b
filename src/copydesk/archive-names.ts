// The archive's name spellings, counted by story, kept in memory: built from every published
// story on first use, then kept in step one story at a time as stories are saved or taken down
// (article.saved / article.unpublished). Rebuilt from scratch when older than `maxAgeMs`, which
// bounds how long an instance that missed another's events can lag behind.
import type { Clock } from '../clock.ts';
import { createNameIndex, type NameIndex, nameTokensOf } from './name-index.ts';

export interface ArchiveText {
  id: number;
  headline: string;
  standfirst: string;
  body_markdown: string;
}

export interface ArchiveSource {
  listArchiveText(afterId: number, limit: number): Promise<ArchiveText[]>;
  findPublishedArticleById(id: number): Promise<{ id: number; headline: string; standfirst: string; bodyMarkdown: string } | undefined>;
}

const pageSize = 500;
const tokensOf = (story: { headline: string; standfirst: string; body: string }) => nameTokensOf(`${story.headline}\n${story.standfirst}\n${story.body}`);

export function createArchiveNames(source: ArchiveSource, clock: Clock, maxAgeMs = 15 * 60_000) {
  let state: { index: ReturnType<typeof createNameIndex>; byStory: Map<number, Set<string>>; builtAt: number } | undefined;
  let building: Promise<void> | undefined;

  function put(target: NonNullable<typeof state>, id: number, tokens: Set<string> | undefined) {
    for (const token of target.byStory.get(id) ?? []) target.index.add(token, -1);
    target.byStory.delete(id);
    if (!tokens) return;
    target.byStory.set(id, tokens);
    for (const token of tokens) target.index.add(token, 1);
  }

  async function build(): Promise<void> {
    const next = { index: createNameIndex(), byStory: new Map<number, Set<string>>(), builtAt: clock.now().getTime() };
    for (let after = 0; ; ) {
      const rows = await source.listArchiveText(after, pageSize);
      for (const row of rows) put(next, row.id, tokensOf({ headline: row.headline, standfirst: row.standfirst, body: row.body_markdown }));
      if (rows.length < pageSize) break;
      after = rows.at(-1)!.id;
    }
    state = next;
  }

  async function ready(): Promise<NonNullable<typeof state>> {
    const stale = state && clock.now().getTime() - state.builtAt > maxAgeMs;
    if (!state || stale) {
      building ??= build().finally(() => (building = undefined));
      if (!state) await building;
    }
    return state!;
  }

  return {
    /** The archive as one story should see it: every other published story. */
    async forStory(articleId: number | null): Promise<NameIndex> {
      const current = await ready();
      return current.index.excluding((articleId !== null && current.byStory.get(articleId)) || new Set());
    },
    /** Keeps the archive in step after a save or an unpublish (a no-op before the first build). */
    async refresh(articleId: number): Promise<void> {
      if (!state) return;
      const story = await source.findPublishedArticleById(articleId);
      put(state, articleId, story && tokensOf({ headline: story.headline, standfirst: story.standfirst, body: story.bodyMarkdown }));
    },
  };
}
