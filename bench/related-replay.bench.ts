// `npm run bench:related-replay`: the related-articles engine's arithmetic over every pair of the
// labelled corpora (bench/support/related-replay.ts), as after a rebuild, on several seeds in
// seconds. For each corpus and seed: the figures at the threshold the site would calibrate, and
// the trade-off itself — no-story boxes at the highest threshold that keeps box shown ≥ 0.95 —
// which no calibration can beat. CORPUS=generated,hard; SEEDS=20261129,1,7,42;
// VARIANT=coverage tries the story-coverage lead (docs/discovery.md) instead of the engine's evidence.
// VARIANT=feedback simulates editors correcting every REVIEW_EVERY-th article (5; pins and
// exclusions, bench/support/related-feedback.ts) and prints, over the articles they did not touch,
// the figures before, with what exclusions taught and with what pins taught too, each at the
// threshold the site then calibrates (FIXED_THRESHOLD=1: at the one before; PIN_BOOST, PIN_CAP
// try other pin factors).
import { buildCorpus, type CorpusArticle } from './related-corpus.ts';
import { buildHardCorpus } from './related-hard-corpus.ts';
import { targets } from './related-measures.ts';
import { feedbackFactors, simulateEditors } from './support/related-feedback.ts';
import { replayDocuments, replayFigures, replayKnee, replayLists, replayThreshold, withStoryCoverage, type ReplayDocument, type ReplayLists } from './support/related-replay.ts';

const corpora: Record<string, (seed: number) => CorpusArticle[]> = { generated: buildCorpus, hard: buildHardCorpus };
const chosen = (process.env.CORPUS ?? 'generated,hard').split(',').map((name) => name.trim());
const seeds = (process.env.SEEDS ?? '20261129,1,7,42').split(',').map(Number);
const variant = process.env.VARIANT ?? 'engine';
if (!['engine', 'coverage', 'feedback'].includes(variant)) throw new Error(`VARIANT: unknown "${variant}" (known: engine, coverage, feedback)`);
const reviewEvery = Number(process.env.REVIEW_EVERY ?? 5);
if (!Number.isInteger(reviewEvery) || reviewEvery < 2) throw new Error(`REVIEW_EVERY: a whole number of 2 or more, not "${process.env.REVIEW_EVERY}"`);
const boost = process.env.PIN_BOOST === undefined ? undefined : Number(process.env.PIN_BOOST);
const cap = process.env.PIN_CAP === undefined ? undefined : Number(process.env.PIN_CAP);

const short: Record<string, string> = {
  'P@1 (all story articles; no box = miss)': 'P@1',
  'P@3 (all story articles, 3 slots each; empty slot = miss)': 'P@3',
  'box shown: story articles': 'box shown',
  'wrong first link: story articles': 'wrong first',
  'box shown: articles in no story': 'no-story boxes',
};
const rows: Record<string, Record<string, string>> = {};
for (const name of chosen) {
  const build = corpora[name];
  if (!build) throw new Error(`CORPUS: unknown corpus "${name}" (known: ${Object.keys(corpora).join(', ')})`);
  for (const seed of seeds) {
    const documents = await replayDocuments(build(seed));
    const engine = replayLists(documents);
    if (variant === 'feedback') {
      Object.assign(rows, feedbackRows(`${name} ${seed}`, documents, engine));
      continue;
    }
    const lists = variant === 'coverage' ? withStoryCoverage(documents, engine) : engine;
    const calibrated = replayFigures(documents, lists);
    const knee = replayKnee(documents, lists);
    const met = Object.entries(calibrated.figures).every(([key, value]) => !targets[key] || targets[key]!(value));
    rows[`${name} ${seed}`] = {
      threshold: calibrated.threshold.toFixed(3),
      ...Object.fromEntries(Object.entries(calibrated.figures).map(([key, value]) => [short[key] ?? key, value.toFixed(3)])),
      targets: met ? '✓' : '✗',
      'knee: threshold': knee.threshold.toFixed(3),
      'knee: no-story boxes': knee.figures['box shown: articles in no story']!.toFixed(3),
    };
  }
}
if (variant === 'feedback') {
  console.log(`Editors correct every ${reviewEvery}th article (exclude a wrong first link; pin a missed sibling); figures over the other articles only, at the ${process.env.FIXED_THRESHOLD ? 'threshold before the corrections' : 'threshold calibrated after them'}`);
  console.table(rows);
  process.exit(0);
}
console.log(`Related articles replayed in memory (evidence: ${variant}), as after rebuildIndex(); targets: P@1 ≥ 0.90, box shown ≥ 0.95, wrong first ≤ 0.03, no-story boxes ≤ 0.10`);
console.log('knee = the highest threshold keeping box shown ≥ 0.95, and the no-story boxes there (the best any threshold does)');
console.table(rows);

/** Figures over the articles no editor touched: before, learning from exclusions only, and from pins too. */
function feedbackRows(label: string, documents: ReplayDocument[], engine: ReplayLists): Record<string, Record<string, string>> {
  const before = replayFigures(documents, engine);
  const feedback = simulateEditors(documents, engine, before.threshold, reviewEvery);
  const untouched = (index: number) => !feedback.reviewed.has(index);
  const row = (lists: ReplayLists, extra: Record<string, string> = {}) => {
    const { threshold, figures } = replayFigures(documents, lists, process.env.FIXED_THRESHOLD ? before.threshold : replayThreshold(lists), untouched);
    return { threshold: threshold.toFixed(3), ...Object.fromEntries(Object.entries(figures).map(([key, value]) => [short[key] ?? key, value.toFixed(3)])), ...extra };
  };
  const excluded = replayLists(documents, { termFactors: feedbackFactors(feedback, { pins: false }) });
  const pinned = replayLists(documents, { termFactors: feedbackFactors(feedback, { boost, cap }) });
  return {
    [`${label} before`]: row(engine, { edits: '' }),
    [`${label} exclusions`]: row(excluded, { edits: `${feedback.exclusions} excl.` }),
    [`${label} + pins`]: row(pinned, { edits: `${feedback.pins} pins` }),
  };
}
