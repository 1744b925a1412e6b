// The seeded half of the copy desk's bench corpus: copies of the clean stories
// (copy-desk-corpus.ts), each with exactly one error of the kinds real pages go out with, put in
// by a seeded random mutator that knows nothing of the checks. Each seed records its kind, what
// was done, the field, and the region a finding must touch to count as caught.
import { mulberry32, type Rng } from './comment-corpus.ts';
import { type CorpusArticle, corpusArticles, corpusDrafts, corpusPeople } from './copy-desk-corpus.ts';

export type SeedKind = 'names' | 'glued' | 'balance' | 'dates' | 'links' | 'headline';
export const seedKinds: SeedKind[] = ['names', 'glued', 'balance', 'dates', 'links', 'headline'];

export interface SeededArticle {
  article: CorpusArticle;
  kind: SeedKind;
  /** What the mutator did, for the per-variant table. */
  variant: string;
  field: 'headline' | 'standfirst' | 'body' | 'related';
  /** Character range in that field a finding must overlap to count. */
  region: [number, number];
  /** When the check runs, if not the publication day (the story was written earlier). */
  checkedOn?: string;
  /** Paths of articles pinned as related ("See also"). */
  pins?: string[];
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** Ranges of the body that are not prose: link targets, images, emphasis markers at line ends. */
function nonProse(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of body.matchAll(/!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)/g)) ranges.push([match.index!, match.index! + match[0].length]);
  for (const match of body.matchAll(/^#+ .*$/gm)) ranges.push([match.index!, match.index! + match[0].length]);
  return ranges;
}

const inside = (ranges: [number, number][], at: number) => ranges.some(([start, end]) => at >= start && at < end);

/** Words of the prose with their offsets. */
function proseWords(body: string): { word: string; start: number }[] {
  const skip = nonProse(body);
  return [...body.matchAll(/[\p{L}][\p{L}'’]*/gu)].filter((m) => !inside(skip, m.index!)).map((m) => ({ word: m[0], start: m.index! }));
}

function paragraphAround(body: string, at: number): [number, number] {
  const start = body.lastIndexOf('\n\n', at);
  const end = body.indexOf('\n\n', at);
  return [start === -1 ? 0 : start + 2, end === -1 ? body.length : end];
}

const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);

// ---- names -------------------------------------------------------------------------------

const transliterations: [RegExp, string][] = [
  [/ph/, 'f'], [/f/, 'ph'], [/th/, 't'], [/t(?=o)/, 'th'], [/y/, 'i'], [/i(?=[aeou])/, 'y'], [/k/, 'c'], [/c(?=[aou])/, 'k'],
  [/ks/, 'x'], [/é/, 'e'], [/á/, 'a'], [/ov$/, 'off'], [/sh/, 'sch'], [/ei/, 'ey'], [/u/, 'ou'], [/j/, 'y'], [/ie/, 'y'], [/z/, 's'], [/w/, 'v'],
];

/** A plausible misspelling of a name: a dropped, doubled or swapped letter, a wrong vowel, or a transliteration. */
export function misspell(rng: Rng, name: string): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const way = pick(rng, ['drop', 'double', 'swap', 'vowel', 'transliterate'] as const);
    const i = 1 + Math.floor(rng() * (name.length - 1));
    let variant = name;
    if (way === 'drop' && name.length > 4) variant = name.slice(0, i) + name.slice(i + 1);
    if (way === 'double' && /[a-z]/.test(name[i]!)) variant = name.slice(0, i + 1) + name[i] + name.slice(i + 1);
    if (way === 'swap' && i < name.length - 1) variant = name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
    if (way === 'vowel' && /[aeiou]/.test(name[i]!)) variant = name.slice(0, i) + pick(rng, [...'aeiou'].filter((v) => v !== name[i])) + name.slice(i + 1);
    if (way === 'transliterate') {
      const rules = transliterations.filter(([pattern]) => pattern.test(name.slice(1)));
      if (rules.length > 0) {
        const [pattern, replacement] = pick(rng, rules);
        variant = name[0] + name.slice(1).replace(pattern, replacement);
      }
    }
    if (variant !== name && variant.length >= 3) return variant;
  }
  return name.slice(0, -1) + (name.endsWith('e') ? 'a' : 'e');
}

const nameTokens = corpusPeople.flatMap((person) => person.name.split(' '));

function seedName(rng: Rng, base: CorpusArticle): SeededArticle | undefined {
  const body = base.body;
  const words = proseWords(body);
  const way = pick(rng, ['one', 'one', 'one', 'all', 'all', 'byline'] as const);
  if (way === 'byline') {
    const staff = corpusPeople.filter((person) => person.staff && !base.authors.includes(person.name));
    const person = pick(rng, staff);
    const parts = person.name.split(' ');
    const which = Math.floor(rng() * parts.length);
    parts[which] = misspell(rng, parts[which]!);
    const line = `\n\n*Additional reporting by ${parts.join(' ')}.*`;
    const stripped = body.replace(/\n\n\*Additional reporting by [^*]+\*$/, '');
    return { article: { ...base, body: stripped + line }, kind: 'names', variant: 'byline name misspelt', field: 'body', region: [stripped.length + 2, stripped.length + line.length] };
  }
  const counts = new Map<string, number>();
  for (const { word } of words) if (nameTokens.includes(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const candidates = [...counts].filter(([token, n]) => token.length >= 4 && (way === 'all' || n >= 2)).map(([token]) => token);
  if (candidates.length === 0) return undefined;
  const token = pick(rng, candidates);
  const variant = misspell(rng, token);
  const occurrences = words.filter((w) => w.word === token);
  if (way === 'one') {
    const target = pick(rng, occurrences.slice(1));
    return { article: { ...base, body: splice(body, target.start, target.start + token.length, variant) }, kind: 'names', variant: 'one of several mentions misspelt', field: 'body', region: [target.start, target.start + variant.length] };
  }
  let changed = body;
  for (const occurrence of [...occurrences].reverse()) changed = splice(changed, occurrence.start, occurrence.start + token.length, variant);
  return { article: { ...base, body: changed, standfirst: base.standfirst.replaceAll(token, variant) }, kind: 'names', variant: 'every mention misspelt (archive spelling differs)', field: 'body', region: [0, changed.length] };
}

// ---- glued and broken words --------------------------------------------------------------

function seedGlued(rng: Rng, base: CorpusArticle): SeededArticle | undefined {
  const body = base.body;
  const words = proseWords(body).filter((w) => /^[\p{L}]+$/u.test(w.word));
  const way = pick(rng, ['join', 'join', 'join', 'stray', 'doubled', 'doubled', 'no-space', 'no-space', 'double-space'] as const);
  if (way === 'join' || way === 'stray' || way === 'doubled' || way === 'double-space') {
    for (let attempt = 0; attempt < 50; attempt++) {
      const i = Math.floor(rng() * (words.length - 1));
      const a = words[i]!;
      const b = words[i + 1]!;
      const between = body.slice(a.start + a.word.length, b.start);
      if (between !== ' ') continue;
      if (way === 'join') return { article: { ...base, body: splice(body, a.start + a.word.length, b.start, '') }, kind: 'glued', variant: 'space lost between two words', field: 'body', region: [a.start, b.start + b.word.length - 1] };
      if (way === 'double-space') return { article: { ...base, body: splice(body, a.start + a.word.length, b.start, '  ') }, kind: 'glued', variant: 'double space', field: 'body', region: [a.start + a.word.length, b.start + 1] };
      if (way === 'doubled') {
        if (a.word.length < 2 && a.word !== 'a') continue;
        return { article: { ...base, body: splice(body, b.start, b.start, `${b.word} `) }, kind: 'glued', variant: 'doubled word', field: 'body', region: [b.start, b.start + 2 * b.word.length + 1] };
      }
      if (a.word.length < 4) continue;
      const stray = b.word.slice(0, 1 + Math.floor(rng() * 2)).toLowerCase();
      return { article: { ...base, body: splice(body, a.start + a.word.length, a.start + a.word.length, stray) }, kind: 'glued', variant: 'stray letters on a word', field: 'body', region: [a.start, a.start + a.word.length + stray.length] };
    }
    return undefined;
  }
  const stops = [...body.matchAll(/([a-z0-9”"’)])([.!?;:,]) ([A-Za-z])/g)].filter((m) => !inside(nonProse(body), m.index!) && (m[2] !== ',' || rng() < 0.3));
  if (stops.length === 0) return undefined;
  const stop = pick(rng, stops);
  const at = stop.index! + stop[1]!.length + 1;
  return { article: { ...base, body: splice(body, at, at + 1, '') }, kind: 'glued', variant: 'no space after punctuation', field: 'body', region: [at - 2, at + 2] };
}

// ---- punctuation balance -----------------------------------------------------------------

/** Straight double quotes in a paragraph turned into correct curly pairs. */
function curlify(paragraph: string): string {
  let open = true;
  return paragraph.replace(/"/g, () => {
    const mark = open ? '“' : '”';
    open = !open;
    return mark;
  });
}

function seedBalance(rng: Rng, base: CorpusArticle): SeededArticle | undefined {
  let body = base.body;
  const way = pick(rng, ['drop-close-quote', 'drop-close-quote', 'drop-open-quote', 'drop-close-paren', 'drop-open-paren', 'stray-bracket', 'curly-drop-close', 'curly-wrong-close'] as const);
  const skip = nonProse(body);
  const marks = (pattern: RegExp) => [...body.matchAll(pattern)].filter((m) => !inside(skip, m.index!));
  if (way.startsWith('curly')) {
    const quoted = marks(/"/g);
    if (quoted.length < 2) return undefined;
    const [start, end] = paragraphAround(body, pick(rng, quoted).index!);
    body = body.slice(0, start) + curlify(body.slice(start, end)) + body.slice(end);
    const closes = [...body.slice(start, end).matchAll(/”/g)].map((m) => start + m.index!);
    if (closes.length === 0) return undefined;
    const at = pick(rng, closes);
    const changed = splice(body, at, at + 1, way === 'curly-drop-close' ? '' : '“');
    return { article: { ...base, body: changed }, kind: 'balance', variant: way === 'curly-drop-close' ? 'curly closing quote dropped' : 'curly closing quote written as an opening one', field: 'body', region: paragraphAround(changed, Math.max(0, at - 1)) };
  }
  if (way === 'stray-bracket') {
    const words = proseWords(body);
    const w = pick(rng, words);
    const mark = pick(rng, [')', '(', ']']);
    const at = w.start + w.word.length;
    const changed = splice(body, at, at, mark);
    return { article: { ...base, body: changed }, kind: 'balance', variant: 'stray bracket', field: 'body', region: paragraphAround(changed, at) };
  }
  const pattern = way === 'drop-close-paren' ? /\)/g : way === 'drop-open-paren' ? /\(/g : /"/g;
  const found = marks(pattern);
  if (found.length === 0) return undefined;
  // Straight quotes alternate open/close through the body: the even ones open.
  const candidates = pattern.source === '"' ? found.filter((_, i) => (way === 'drop-open-quote' ? i % 2 === 0 : i % 2 === 1)) : found;
  if (candidates.length === 0) return undefined;
  const at = pick(rng, candidates).index!;
  const changed = splice(body, at, at + 1, '');
  // The region is the paragraph the mark was taken from (at - 1: a mark that ended it leaves `at` on the break).
  return { article: { ...base, body: changed }, kind: 'balance', variant: way.replace(/-/g, ' '), field: 'body', region: paragraphAround(changed, Math.max(0, at - 1)) };
}

// ---- dates -------------------------------------------------------------------------------

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const datePhrase = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
const shortMonths: Record<string, number> = { February: 28, April: 30, June: 30, September: 30, November: 30 };

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function seedDate(rng: Rng, base: CorpusArticle): SeededArticle | undefined {
  const body = base.body;
  const way = pick(rng, ['weekday', 'weekday', 'weekday', 'day-number', 'day-number', 'impossible', 'relative'] as const);
  if (way === 'relative') {
    const sentences = [...body.matchAll(/(?<=[a-z]\. )(The|It|He|She|They)\b/g)].filter((m) => !inside(nonProse(body), m.index!));
    if (sentences.length === 0) return undefined;
    const at = pick(rng, sentences).index!;
    const word = pick(rng, ['today', 'yesterday', 'this morning', 'tonight']);
    const sentence = `Officials confirmed the details ${word}. `;
    const changed = splice(body, at, at, sentence);
    const start = at + sentence.indexOf(word);
    // Written two days before the day it is scheduled to appear.
    return { article: { ...base, body: changed }, kind: 'dates', variant: `"${word}" in a story scheduled for a later day`, field: 'body', region: [start, start + word.length], checkedOn: addDays(base.published, -2) };
  }
  const phrases = [...body.matchAll(datePhrase)];
  if (phrases.length === 0) return undefined;
  const phrase = pick(rng, phrases);
  const [whole, weekday, day, month] = phrase as unknown as [string, string, string, string];
  let replacement = whole;
  if (way === 'weekday') replacement = `${pick(rng, weekdays.filter((d) => d !== weekday))} ${day} ${month}`;
  if (way === 'day-number') {
    const shift = pick(rng, [-3, -2, -1, 1, 2, 3]);
    const next = Math.min(28, Math.max(1, Number(day) + shift));
    if (next === Number(day)) return undefined;
    replacement = `${weekday} ${next} ${month}`;
  }
  if (way === 'impossible') {
    const impossibleMonth = pick(rng, Object.keys(shortMonths));
    replacement = `${weekday} ${shortMonths[impossibleMonth]! + 1 + Math.floor(rng() * (31 - shortMonths[impossibleMonth]!))} ${impossibleMonth}`;
  }
  const start = phrase.index!;
  return { article: { ...base, body: splice(body, start, start + whole.length, replacement) }, kind: 'dates', variant: way === 'weekday' ? 'wrong weekday' : way === 'day-number' ? 'wrong day of the month' : 'a date that does not exist', field: 'body', region: [start, start + replacement.length] };
}

// ---- links and media ---------------------------------------------------------------------

function seedLink(rng: Rng, base: CorpusArticle): SeededArticle | undefined {
  const body = base.body;
  const way = pick(rng, ['missing', 'missing', 'missing', 'unpublished', 'unpublished', 'image-alt', 'image-alt', 'image-alt', 'see-also'] as const);
  if (way === 'see-also') {
    return { article: base, kind: 'links', variant: '"See also" pinned to an unpublished story', field: 'related', region: [0, 0], pins: [pick(rng, corpusDrafts).path] };
  }
  if (way === 'image-alt') {
    const image = /!\[([^\]]*)\]\(/.exec(body);
    if (image && rng() < 0.5) {
      const changed = splice(body, image.index + 2, image.index + 2 + image[1]!.length, '');
      return { article: { ...base, body: changed }, kind: 'links', variant: 'image alt text removed', field: 'body', region: [image.index, image.index + 20] };
    }
    const [, end] = paragraphAround(body, Math.floor(rng() * body.length));
    const markdown = `\n\n![](/media/${base.slug}-${Math.floor(rng() * 1000)}.jpg "${pick(rng, ['The scene on the day.', 'Photograph from the council.', 'A view of the site.'])}")`;
    return { article: { ...base, body: splice(body, end, end, markdown) }, kind: 'links', variant: 'image added without alt text', field: 'body', region: [end + 2, end + markdown.length] };
  }
  const target = way === 'unpublished' ? pick(rng, corpusDrafts).path : `/${base.section}/2026/${pick(rng, ['09', '10', '11'])}/${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}/${pick(rng, ['council-meeting-report', 'new-figures-published', 'residents-respond', 'what-happens-next'])}`;
  const existing = [...body.matchAll(/\]\((\/[^)\s]+)\)/g)];
  if (existing.length > 0 && rng() < 0.5) {
    const link = pick(rng, existing);
    const start = link.index! + 2;
    return { article: { ...base, body: splice(body, start, start + link[1]!.length, target) }, kind: 'links', variant: way === 'missing' ? 'link to a story that does not exist' : 'link to an unpublished story', field: 'body', region: [link.index!, start + target.length + 1] };
  }
  const [, end] = paragraphAround(body, Math.floor(rng() * body.length * 0.8));
  const sentence = ` There is more in [${pick(rng, ['our earlier report', 'this explainer', 'the background'])}](${target}).`;
  return { article: { ...base, body: splice(body, end, end, sentence) }, kind: 'links', variant: way === 'missing' ? 'link to a story that does not exist' : 'link to an unpublished story', field: 'body', region: [end, end + sentence.length] };
}

// ---- headline and standfirst -------------------------------------------------------------

const longClauses = [
  ', according to figures published by the council on the last working day of the month before the holidays',
  ' as residents, traders and councillors from every party line up to give their view at a packed public meeting',
  ' in what campaigners describe as the biggest change to the city for a generation, though officials are more cautious',
];

function seedHeadline(rng: Rng, base: CorpusArticle): SeededArticle | undefined {
  const way = pick(rng, ['long-headline', 'long-headline', 'caps-headline', 'caps-standfirst', 'full-stop', 'full-stop', 'long-standfirst'] as const);
  if (way === 'long-headline') {
    const headline = base.headline + pick(rng, longClauses);
    return { article: { ...base, headline }, kind: 'headline', variant: 'headline too long', field: 'headline', region: [0, headline.length] };
  }
  if (way === 'caps-headline') return { article: { ...base, headline: base.headline.toUpperCase() }, kind: 'headline', variant: 'headline in capitals', field: 'headline', region: [0, base.headline.length] };
  if (way === 'caps-standfirst') return { article: { ...base, standfirst: base.standfirst.toUpperCase() }, kind: 'headline', variant: 'standfirst in capitals', field: 'standfirst', region: [0, base.standfirst.length] };
  if (way === 'full-stop') {
    const mark = pick(rng, ['.', '.', ',', ';']);
    return { article: { ...base, headline: base.headline + mark }, kind: 'headline', variant: 'headline ends with punctuation', field: 'headline', region: [base.headline.length, base.headline.length + 1] };
  }
  const standfirst = `${base.standfirst} ${pick(rng, ['The decision follows months of argument between the council, the businesses affected and residents’ groups, who disagree about almost every detail of what should happen next and who should pay for it.', 'Officials say the figures will be reviewed again in the spring, when a fuller picture of the year is available, and that they expect further changes once the government publishes its own guidance on the subject.'])}`;
  return { article: { ...base, standfirst }, kind: 'headline', variant: 'standfirst too long', field: 'standfirst', region: [0, standfirst.length] };
}

const seeders: Record<SeedKind, (rng: Rng, base: CorpusArticle) => SeededArticle | undefined> = {
  names: seedName,
  glued: seedGlued,
  balance: seedBalance,
  dates: seedDate,
  links: seedLink,
  headline: seedHeadline,
};

/** `perKind` seeded articles of every kind, reproducible from `seed`. */
export function seedCorpus(seed: number, perKind = 200): SeededArticle[] {
  const rng = mulberry32(seed);
  const out: SeededArticle[] = [];
  for (const kind of seedKinds) {
    let made = 0;
    for (let attempt = 0; made < perKind && attempt < perKind * 20; attempt++) {
      const seeded = seeders[kind](rng, pick(rng, corpusArticles));
      if (!seeded) continue;
      out.push(seeded);
      made++;
    }
  }
  return out;
}
