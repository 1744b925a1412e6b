// The learning spam filter, pure: a comment becomes tokens (words plus prefixed features such
// as `host:…`, `links:2+`, `caps:high`), and Robinson's per-token probabilities are combined
// with Fisher's chi-square method (as SpamBayes does). Counts are per document: a token seen
// twice in one comment counts once, which is what spam_tokens stores. Fisher combining says
// "0.5" when the evidence is weak or conflicting, so the uncertain band means something.

export interface CommentText {
  body: string;
  authorName: string;
  authorUrl: string | null;
}

export type SpamLabel = 'spam' | 'ham';

export interface TokenCounts {
  spam: number;
  ham: number;
}

export interface FilterState {
  spamDocs: number;
  hamDocs: number;
  tokens: Map<string, TokenCounts>;
}

export interface SpamScore {
  /** Probability that the comment is spam, in [0, 1]; exactly 0.5 while untrained. */
  probability: number;
  /** False until the filter has seen `minDocsPerClass` of each kind. */
  trained: boolean;
  /** Up to five tokens that pushed hardest towards the verdict (spam if ≥ 0.5, else ham). */
  evidence: { token: string; spamProbability: number }[];
}

/** Below this many spam or ham documents the filter has no opinion, so new sites don't auto-spam. */
export const minDocsPerClass = 10;

// Robinson's smoothing: a token seen n times is pulled towards `unknownProbability` with the
// weight of `unknownStrength` sightings. Tokens closer than `minStrength` to 0.5 are ignored;
// at most `maxClues` of the most extreme ones are combined (SpamBayes's defaults).
const unknownProbability = 0.5;
const unknownStrength = 0.45;
const minStrength = 0.1;
const maxClues = 150;
const evidenceSize = 5;

// ---- Tokens ---------------------------------------------------------------------------------

// A scheme, a www., or a domain-like word followed by a path (bit.ly/x) makes a link.
const urlPattern = /\bhttps?:\/\/[^\s<>"'()[\]{}]+|\bwww\.[^\s<>"'()[\]{}]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\/[^\s<>"'()[\]{}]*/giu;
const bareDomainPattern = /\b(?:[a-z0-9-]+\.)+(?:com|net|org|info|biz|xyz|top|online|site|shop|club|store|io|co|me|ru|cn|in|us|uk|de)\b/giu;
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const spelledDomainPattern = /\b[a-z0-9-]{3,}\s*[([]?\s*dot\s*[)\]]?\s*(?:com|net|org|info|biz|xyz|top|online|site|shop|club|io|co|ru)\b/iu;
const spacedLettersPattern = /(?<![\p{L}\p{N}])(?:\p{L}[.\-_*]){4,}\p{L}(?![\p{L}\p{N}])/gu;
const moneyPattern = /[$€£¥₹]\s?\d|\d\s?(?:usd|eur|gbp|dollars|euros|bucks)\b|\b\d{1,3}\s?%\s?off\b/iu;
const ratePattern = /\d\s?(?:k|dollars|euros|pounds|bucks|usd)?\s?(?:\/|per|an?)\s?(?:hour|hr|day|week|month)\b/iu;
const phonePattern = /\+?\d[\d\s().-]{7,}\d/gu;
const leet: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const keywordNameWords = /\b(?:cheap|buy|best|online|casino|loans?|discount|free|sale|pills?|pharmacy|seo|crypto|bitcoin|forex|deals?|shop|store|services?|agency|insurance|replica|outlet|escorts?|betting|poker|slots?|dating|invest(?:ment|ing)?|trading|marketing|hosting|reviews?|official|price|essay|followers)\b/iu;

/**
 * Lowercased word tokens of the body (2–20 characters; longer ones become `long:word`), then
 * features, each under its own prefix so they never collide with a word. May repeat tokens.
 */
export function tokenize(comment: CommentText): string[] {
  const text = comment.body.normalize('NFKC');
  const tokens: string[] = [];
  const hosts: string[] = [];
  for (const match of text.matchAll(urlPattern)) {
    const url = parseUrl(match[0]);
    if (!url) continue;
    hosts.push(url.host);
    for (const word of url.path.toLowerCase().match(wordPattern) ?? []) if (word.length >= 3 && word.length <= 20) tokens.push(`url:${word}`);
  }
  const withoutUrls = text.replace(urlPattern, ' ');
  for (const match of withoutUrls.matchAll(bareDomainPattern)) hosts.push(stripWww(match[0].toLowerCase()));
  const prose = withoutUrls.replace(bareDomainPattern, ' ');

  for (const raw of prose.toLowerCase().match(wordPattern) ?? []) {
    if (raw.length < 2) continue;
    if (raw.length > 20) {
      tokens.push('long:word');
      continue;
    }
    tokens.push(raw);
    const plain = deobfuscate(raw);
    if (plain) tokens.push(plain, 'obf:digits');
  }
  for (const match of prose.matchAll(spacedLettersPattern)) tokens.push(match[0].toLowerCase().replace(/[.\-_*]/gu, ''), 'obf:spaced');

  for (const host of hosts) tokens.push(`host:${host}`, `tld:${topLevel(host)}`);
  tokens.push(`links:${hosts.length === 0 ? '0' : hosts.length === 1 ? '1' : '2+'}`);
  const author = comment.authorUrl ? parseUrl(comment.authorUrl.trim()) : undefined;
  tokens.push(author ? `author-host:${author.host}` : 'author-url:none');
  if (author) tokens.push('author-url:yes', `author-tld:${topLevel(author.host)}`);

  tokens.push(...shapeFeatures(text), ...nameFeatures(comment.authorName));
  return tokens;
}

function shapeFeatures(text: string): string[] {
  const features: string[] = [];
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  if (letters >= 20 && capitals / letters > 0.6) features.push('caps:high');
  if (/!{2,}/u.test(text)) features.push('punct:!!');
  if (/\?{2,}/u.test(text)) features.push('punct:??');
  if (/\?!|!\?/u.test(text)) features.push('punct:?!');
  if (moneyPattern.test(text)) features.push('money:price');
  if (ratePattern.test(text)) features.push('money:rate');
  for (const match of text.matchAll(phonePattern)) {
    const digits = match[0].replace(/\D/gu, '').length;
    if (digits >= 9 && digits <= 15) {
      features.push('phone:yes');
      break;
    }
  }
  if (spelledDomainPattern.test(text)) features.push('obf:dot-domain');
  if (/\p{Extended_Pictographic}/u.test(text)) features.push('emoji:yes');
  const length = text.trim().length;
  features.push(`len:${length < 40 ? 'tiny' : length < 160 ? 'short' : length < 600 ? 'medium' : 'long'}`);
  return features;
}

/** `name:kw` when the name reads like an advert or a link; `name:many-words` at 3+ words. */
function nameFeatures(name: string): string[] {
  const features: string[] = [];
  const words = name.trim().split(/[\s_|,]+/u).filter(Boolean);
  if (keywordNameWords.test(name) || /[a-z0-9-]+\.[a-z]{2,}\b/iu.test(name)) features.push('name:kw');
  if (words.length >= 3) features.push('name:many-words');
  return features;
}

/** "v1agra" → "viagra": only for tokens mixing letters and digits that become all letters. */
function deobfuscate(word: string): string | undefined {
  if (!/\p{L}/u.test(word) || !/\d/u.test(word)) return undefined;
  const plain = [...word].map((c) => leet[c] ?? c).join('');
  return /^\p{L}+$/u.test(plain) ? plain : undefined;
}

function parseUrl(raw: string): { host: string; path: string } | undefined {
  try {
    const url = new URL(/^https?:\/\//iu.test(raw) ? raw : `http://${raw}`);
    return url.hostname ? { host: stripWww(url.hostname.toLowerCase()), path: decodeURIComponentSafe(url.pathname + url.search) } : undefined;
  } catch {
    return undefined;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const stripWww = (host: string) => host.replace(/^www\./u, '').replace(/\.$/u, '');
const topLevel = (host: string) => host.slice(host.lastIndexOf('.') + 1);

// ---- Model ----------------------------------------------------------------------------------

export function emptyState(): FilterState {
  return { spamDocs: 0, hamDocs: 0, tokens: new Map() };
}

/** Counts one comment's distinct tokens under `label`. Mutates and returns `state`. */
export function learn(state: FilterState, tokens: readonly string[], label: SpamLabel): FilterState {
  return adjust(state, tokens, label, 1);
}

/** Takes back an earlier `learn` (a moderator reversed the decision). Counts never go below 0. */
export function unlearn(state: FilterState, tokens: readonly string[], label: SpamLabel): FilterState {
  return adjust(state, tokens, label, -1);
}

function adjust(state: FilterState, tokens: readonly string[], label: SpamLabel, delta: 1 | -1): FilterState {
  const docs = label === 'spam' ? 'spamDocs' : 'hamDocs';
  state[docs] = Math.max(0, state[docs] + delta);
  for (const token of new Set(tokens)) {
    const counts = state.tokens.get(token) ?? { spam: 0, ham: 0 };
    counts[label] = Math.max(0, counts[label] + delta);
    if (counts.spam === 0 && counts.ham === 0) state.tokens.delete(token);
    else state.tokens.set(token, counts);
  }
  return state;
}

/** Robinson's f(w): how spammy a token is, smoothed towards 0.5 when rarely seen. */
export function tokenProbability(state: FilterState, counts: TokenCounts | undefined): number {
  if (!counts || state.spamDocs === 0 || state.hamDocs === 0) return unknownProbability;
  const spamRatio = Math.min(1, counts.spam / state.spamDocs);
  const hamRatio = Math.min(1, counts.ham / state.hamDocs);
  if (spamRatio + hamRatio === 0) return unknownProbability;
  const seen = counts.spam + counts.ham;
  const raw = spamRatio / (spamRatio + hamRatio);
  return (unknownStrength * unknownProbability + seen * raw) / (unknownStrength + seen);
}

export function score(state: FilterState, tokens: readonly string[]): SpamScore {
  if (state.spamDocs < minDocsPerClass || state.hamDocs < minDocsPerClass) return { probability: 0.5, trained: false, evidence: [] };
  const clues = [...new Set(tokens)]
    .map((token) => ({ token, spamProbability: tokenProbability(state, state.tokens.get(token)) }))
    .filter((clue) => Math.abs(clue.spamProbability - 0.5) >= minStrength)
    .sort((a, b) => Math.abs(b.spamProbability - 0.5) - Math.abs(a.spamProbability - 0.5) || (a.token < b.token ? -1 : 1))
    .slice(0, maxClues);
  const probability = fisherCombine(clues.map((clue) => clue.spamProbability));
  // The moderator's "why": the clues that pushed towards the verdict, strongest first.
  const towards = probability >= 0.5 ? 1 : -1;
  const evidence = [...clues].sort((a, b) => towards * (b.spamProbability - a.spamProbability)).slice(0, evidenceSize);
  return { probability, trained: true, evidence };
}

/**
 * Fisher/Robinson: S = how strongly the clues reject "all ham", H = "all spam"; (1 + S − H) / 2.
 * Sums of logs instead of products, so a thousand clues cannot underflow.
 */
export function fisherCombine(probabilities: readonly number[]): number {
  if (probabilities.length === 0) return 0.5;
  let logHam = 0;
  let logSpam = 0;
  for (const p of probabilities) {
    const clamped = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
    logHam += Math.log(clamped);
    logSpam += Math.log(1 - clamped);
  }
  const degrees = 2 * probabilities.length;
  const spamness = 1 - chiSquareSurvival(-2 * logSpam, degrees);
  const hamness = 1 - chiSquareSurvival(-2 * logHam, degrees);
  return (1 + spamness - hamness) / 2;
}

/** P(χ² ≥ x) for an even number of degrees of freedom, summed in log space. */
function chiSquareSurvival(x: number, degrees: number): number {
  const half = x / 2;
  let logTerm = -half;
  let sum = Math.exp(logTerm);
  for (let i = 1; i < degrees / 2; i += 1) {
    logTerm += Math.log(half / i);
    sum += Math.exp(logTerm);
  }
  return Math.min(sum, 1);
}
