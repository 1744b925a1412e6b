// The figures `bench:related-quality` prints, from what readers were shown: for each article the
// ids suggested (box first, then the list) and its true story. Two definitions side by side:
// the old one counted P@1 only over articles that showed a box, so leaving a box out cost
// nothing; the new one counts every article that has a true sibling, a missing box or slot a miss.

export interface Judged {
  /** The article's story, or undefined for an article that belongs to no story. */
  story: number | undefined;
  /** Suggested ids, best first (up to three are judged). */
  shown: number[];
}

export type Figures = Record<string, number>;

/**
 * Both definitions over one corpus; `storyOf` gives each suggested article's story. `counted`
 * leaves articles out of the figures (not out of the corpus: their stories still count them).
 */
export function measure(judged: Judged[], storyOf: (id: number) => number | undefined, counted: (position: number) => boolean = () => true): { old: Figures; honest: Figures } {
  const sizes = new Map<number, number>();
  for (const item of judged) if (item.story !== undefined) sizes.set(item.story, (sizes.get(item.story) ?? 0) + 1);
  const hasSiblings = (item: Judged) => item.story !== undefined && (sizes.get(item.story) ?? 0) > 1;
  const hit = (item: Judged, id: number | undefined) => id !== undefined && item.story !== undefined && storyOf(id) === item.story;
  const kept = judged.filter((_, position) => counted(position));
  const stories = kept.filter(hasSiblings);
  const loners = kept.filter((item) => !hasSiblings(item));
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

  const boxed = stories.filter((item) => item.shown.length > 0);
  const shownSlots = boxed.flatMap((item) => item.shown.slice(0, 3).map((id) => hit(item, id)));
  const old: Figures = {
    'P@1 (story articles that show a box)': share(boxed.filter((item) => hit(item, item.shown[0])).length, boxed.length),
    'P@3 (share of suggestions shown, up to 3 each)': share(shownSlots.filter(Boolean).length, shownSlots.length),
    'box omitted: story articles': share(stories.length - boxed.length, stories.length),
    'box omitted: articles in no story': share(loners.filter((item) => item.shown.length === 0).length, loners.length),
  };

  const honest: Figures = {
    'P@1 (all story articles; no box = miss)': share(stories.filter((item) => hit(item, item.shown[0])).length, stories.length),
    'P@3 (all story articles, 3 slots each; empty slot = miss)': share(stories.reduce((sum, item) => sum + [0, 1, 2].filter((slot) => hit(item, item.shown[slot])).length, 0), 3 * stories.length),
    'box shown: story articles': share(boxed.length, stories.length),
    'wrong first link: story articles': share(boxed.filter((item) => !hit(item, item.shown[0])).length, stories.length),
    'box shown: articles in no story': share(loners.filter((item) => item.shown.length > 0).length, loners.length),
  };
  return { old, honest };
}

export const targets: Record<string, (value: number) => boolean> = {
  'P@1 (all story articles; no box = miss)': (value) => value >= 0.9,
  'box shown: story articles': (value) => value >= 0.95,
  'wrong first link: story articles': (value) => value <= 0.03,
  'box shown: articles in no story': (value) => value <= 0.1,
};

export const definitions = [
  'Old definitions (until 2026-12): P@1 over story articles that show a box; P@3 over the suggestions shown; omitted shares.',
  '  Leaving a box out never lowered P@1.',
  'New definitions: every article with at least one true sibling counts.',
  '  P@1 = share whose first suggestion is a sibling (no box = miss); P@3 = siblings among the first 3 slots / 3 (empty slot = miss);',
  '  box shown = share with any suggestion; wrong first link = share whose first suggestion is from another story or from no story;',
  '  articles in no story given a box = share of articles without a true sibling that still get one.',
];
