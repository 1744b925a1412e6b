// Editors correcting some articles' "See also", replayed over a labelled corpus: an editor opens
// every k-th article (in date order), excludes a wrong first link and, where the article's story
// has a sibling in its list but the box shows none first, pins that sibling. What the engine
// learns from those pins and exclusions (src/discovery/related/related-learning.ts: the
// specific terms each pair shared most, weakened or strengthened in every pair) is then
// measured on the articles no editor touched, against the same articles before.
import { learnedTerms, termFactor } from '../../src/discovery/related/related-learning.ts';
import { replayStory, type ReplayDocument, type ReplayLists } from './related-replay.ts';

export interface EditorFeedback {
  /** Articles an editor corrected (left out of the figures). */
  reviewed: Set<number>;
  exclusions: number;
  pins: number;
  /** What the editors did, in order. */
  actions: { from: number; to: number; kind: 'pin' | 'exclude' }[];
  /** term → how many exclusions and pins named it. */
  named: Map<string, { exclusions: number; pins: number }>;
}

/** What editors do on every `reviewEvery`-th article, judged from the labels. */
export function simulateEditors(documents: readonly ReplayDocument[], lists: ReplayLists, threshold: number, reviewEvery: number): EditorFeedback {
  const feedback: EditorFeedback = { reviewed: new Set(), exclusions: 0, pins: 0, actions: [], named: new Map() };
  const learn = (from: number, to: number, kind: 'exclusions' | 'pins') => {
    feedback[kind] += 1;
    feedback.actions.push({ from, to, kind: kind === 'pins' ? 'pin' : 'exclude' });
    for (const term of sharedSpecificTerms(documents[from]!, documents[to]!)) {
      const counts = feedback.named.get(term) ?? { exclusions: 0, pins: 0 };
      counts[kind] += 1;
      feedback.named.set(term, counts);
    }
  };
  for (const document of documents) {
    if (document.index % reviewEvery !== 0) continue;
    feedback.reviewed.add(document.index);
    const story = replayStory(documents, document.index);
    const sibling = (index: number) => story !== undefined && replayStory(documents, index) === story;
    const first = lists[document.index]!.find((pair) => pair.evidence >= threshold);
    if (first && !sibling(first.to)) learn(document.index, first.to, 'exclusions');
    if (first && sibling(first.to)) continue;
    const missed = lists[document.index]!.find((pair) => sibling(pair.to));
    if (missed) learn(document.index, missed.to, 'pins');
  }
  return feedback;
}

/** The factors the engine would apply to each named term (related-learning.ts). */
export function feedbackFactors(feedback: EditorFeedback, { pins = true, boost, cap }: { pins?: boolean; boost?: number; cap?: number } = {}): Map<string, number> {
  return new Map([...feedback.named].map(([term, counts]) => [term, termFactor({ exclusions: counts.exclusions, pins: pins ? counts.pins : 0 }, boost, cap)]));
}

/** As related-learning.ts's `sharedSpecificTerms`: the specific terms two vectors share most. */
function sharedSpecificTerms(from: ReplayDocument, to: ReplayDocument): string[] {
  return [...from.vector]
    .filter(([term]) => from.specific.has(term) && to.vector.has(term))
    .map(([term, weight]): [string, number] => [term, weight * to.vector.get(term)!])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, learnedTerms)
    .map(([term]) => term);
}
