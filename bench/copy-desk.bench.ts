// `npm run bench:copy-desk`: how many seeded errors the copy desk catches, and how often it cries
// wolf on clean copy. Seeded stories come from bench/copy-desk-seeds.ts (one error each, 200 of
// every kind); clean copy is the corpus as written plus the demo publication. The checks run
// exactly as the service runs them, with a people registry (the writers), an archive of every
// other story's name spellings and the site's tags, but no custom word list: nothing is tuned in.
// A seed counts as caught when a finding of its kind touches the region the seed records.
import { demoArticles } from '../src/demo/data/demo-articles.ts';
import { demoPeople } from '../src/demo/data/demo-people.ts';
import { createLookups } from '../src/copydesk/lookups.ts';
import { createNameIndex, nameTokensOf } from '../src/copydesk/name-index.ts';
import { maskMarkdown, wordsOf } from '../src/copydesk/prose.ts';
import { runChecks } from '../src/copydesk/run-checks.ts';
import { spellerFor } from '../src/copydesk/speller.ts';
import type { CopyInput, LinkState } from '../src/copydesk/copy.ts';
import type { CheckKind, Finding } from '../src/copydesk/finding.ts';
import { type CorpusArticle, corpusArticles, corpusDrafts, corpusPeople } from './copy-desk-corpus.ts';
import { type SeedKind, seedCorpus, seedKinds } from './copy-desk-seeds.ts';

const verbose = process.argv.includes('--verbose');
const seed = Number(process.env.SEED ?? 20261202);
const speller = await spellerFor('en-GB');

interface Story {
  key: string;
  headline: string;
  standfirst: string;
  body: string;
  authors: string[];
  tags: string[];
  published: Date;
}

const corpusPath = (article: CorpusArticle) => `/${article.section}/${article.published.replaceAll('-', '/')}/${article.slug}`;
const corpusStories: Story[] = corpusArticles.map((a) => ({ key: a.slug, headline: a.headline, standfirst: a.standfirst, body: a.body, authors: a.authors, tags: a.tags, published: new Date(`${a.published}T09:00:00Z`) }));
const demoNames = new Map(demoPeople.map((person) => [person.slug, person.name]));
const demoDay = Date.parse('2026-11-28T12:00:00Z');
const demoStories: Story[] = demoArticles.map((a) => ({ key: `demo:${a.slug}`, headline: a.headline, standfirst: a.standfirst, body: a.body, authors: a.authors.map((slug) => demoNames.get(slug)!), tags: a.tags, published: new Date(demoDay - a.publishedDaysAgo * 86_400_000) }));

// Two publications, each with its own archive, people and tags: every story is checked against
// the other stories of its own publication.
const publicationOf = (key: string) => (key.startsWith('demo:') ? 'demo' : 'corpus');
const tokensByStory = new Map([...corpusStories, ...demoStories].map((story) => [story.key, nameTokensOf(`${story.headline}\n${story.standfirst}\n${story.body}`)]));
const counts = { corpus: new Map<string, number>(), demo: new Map<string, number>() };
for (const [key, tokens] of tokensByStory) for (const token of tokens) counts[publicationOf(key)].set(token, (counts[publicationOf(key)].get(token) ?? 0) + 1);
const archiveFor = new Map<string, ReturnType<typeof createNameIndex>>();
function archiveWithout(key: string) {
  if (!archiveFor.has(key)) {
    const own = new Map(counts[publicationOf(key)]);
    for (const token of tokensByStory.get(key) ?? []) own.set(token, own.get(token)! - 1);
    archiveFor.set(key, createNameIndex(own));
  }
  return archiveFor.get(key)!;
}

const published = new Set(corpusArticles.map(corpusPath));
const linkStates = (body: string): Map<string, LinkState> => {
  const states = new Map<string, LinkState>();
  for (const match of body.matchAll(/\]\((\/[^)\s]+)/g)) {
    const draft = corpusDrafts.find((d) => d.path === match[1]);
    states.set(match[1]!, published.has(match[1]!) ? 'published' : draft ? (draft.status === 'draft' ? 'unpublished' : 'scheduled') : 'missing');
  }
  return states;
};
const registry = { corpus: corpusPeople.filter((p) => p.staff).map((p) => p.name), demo: demoPeople.map((p) => p.name) };
const tags = { corpus: [...new Set(corpusArticles.flatMap((a) => a.tags))], demo: [...new Set(demoArticles.flatMap((a) => a.tags))] };

function check(story: Story, options: { now?: Date; appearsAt?: Date | null; pins?: string[] } = {}): Finding[] {
  const input: CopyInput = {
    headline: story.headline,
    standfirst: story.standfirst,
    bodyMarkdown: story.body,
    seoTitle: '',
    seoDescription: '',
    authorNames: story.authors,
    featuredImage: null,
    appearsAt: options.appearsAt ?? null,
    pinned: (options.pins ?? []).map((path) => ({ headline: path, published: published.has(path) })),
  };
  const lookups = createLookups({ speller, now: options.now ?? story.published, timeZone: 'Europe/London', siteWords: tags[publicationOf(story.key)], registryNames: registry[publicationOf(story.key)], archive: archiveWithout(story.key), links: linkStates(story.body) });
  return runChecks(input, lookups);
}

const wordCount = (story: Story) => wordsOf(`${story.headline}\n${story.standfirst}\n${maskMarkdown(story.body)}`).length;
const kindsFor: Record<SeedKind, CheckKind[]> = { names: ['names'], glued: ['words'], balance: ['balance'], dates: ['dates'], links: ['links'], headline: ['headline'] };

// ---- recall on seeded errors ----
const started = performance.now();
const seeded = seedCorpus(seed);
const caught = new Map<SeedKind, number>();
const byVariant = new Map<string, { n: number; caught: number }>();
const missed: string[] = [];
for (const item of seeded) {
  const a = item.article;
  const story: Story = { key: a.slug, headline: a.headline, standfirst: a.standfirst, body: a.body, authors: a.authors, tags: a.tags, published: new Date(`${a.published}T09:00:00Z`) };
  const checkedOn = item.checkedOn ? new Date(`${item.checkedOn}T09:00:00Z`) : undefined;
  const findings = check(story, { ...(checkedOn && { now: checkedOn, appearsAt: story.published }), ...(item.pins && { pins: item.pins }) });
  const field = item.field === 'body' ? 'bodyMarkdown' : item.field;
  const [from, to] = [item.region[0] - 2, item.region[1] + 2];
  const hit = findings.some((f) => kindsFor[item.kind].includes(f.kind) && f.field === field && (field === 'related' || (f.start <= to && Math.max(f.end, f.start + 1) >= from)));
  if (hit) caught.set(item.kind, (caught.get(item.kind) ?? 0) + 1);
  else if (verbose) missed.push(`${item.kind} / ${item.variant}: ${JSON.stringify((item.field === 'related' ? '' : a[item.field]).slice(Math.max(0, item.region[0] - 30), Math.min(item.region[1] + 30, item.region[0] + 160)))}`);
  const key = `${item.kind}: ${item.variant}`;
  const entry = byVariant.get(key) ?? { n: 0, caught: 0 };
  byVariant.set(key, { n: entry.n + 1, caught: entry.caught + (hit ? 1 : 0) });
}
const seededMs = performance.now() - started;

// ---- false alarms on clean copy ----
function falseAlarms(stories: Story[]) {
  let words = 0;
  const findings: (Finding & { story: string })[] = [];
  for (const story of stories) {
    words += wordCount(story);
    findings.push(...check(story).map((f) => ({ ...f, story: story.key })));
  }
  return { words, findings };
}
const clean = { corpus: falseAlarms(corpusStories), demo: falseAlarms(demoStories) };

console.log(`Copy desk bench (seed ${seed}): ${seeded.length} seeded stories, ${corpusStories.length + demoStories.length} clean ones; ${(seededMs / seeded.length).toFixed(1)} ms a story.\n`);
console.log('| Kind | Seeded | Caught | Recall |');
console.log('|---|---:|---:|---:|');
for (const kind of seedKinds) {
  const n = seeded.filter((s) => s.kind === kind).length;
  console.log(`| ${kind} | ${n} | ${caught.get(kind) ?? 0} | ${((caught.get(kind) ?? 0) / n).toFixed(3)} |`);
}
console.log('\n| Seeded error | Seeded | Caught |');
console.log('|---|---:|---:|');
for (const [variant, { n, caught: c }] of [...byVariant].sort()) console.log(`| ${variant} | ${n} | ${c} |`);
console.log('\n| Clean copy | Words | Findings | Errors | Per 1,000 words |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, { words, findings }] of Object.entries(clean)) {
  console.log(`| ${name === 'corpus' ? 'Bench corpus as written' : 'Demo publication'} | ${words} | ${findings.length} | ${findings.filter((f) => f.severity === 'error').length} | ${((findings.length / words) * 1000).toFixed(2)} |`);
}
const allWords = clean.corpus.words + clean.demo.words;
const allFindings = [...clean.corpus.findings, ...clean.demo.findings];
console.log(`| Both | ${allWords} | ${allFindings.length} | ${allFindings.filter((f) => f.severity === 'error').length} | ${((allFindings.length / allWords) * 1000).toFixed(2)} |`);
const byCheck = new Map<string, number>();
for (const f of allFindings) byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
if (byCheck.size > 0) console.log(`\nFindings on clean copy by check: ${[...byCheck].map(([c, n]) => `${c} ${n}`).join(', ')}`);
if (verbose) {
  console.log('\nOn clean copy:');
  for (const f of allFindings) console.log(`  ${f.story} [${f.check}] ${JSON.stringify(f.text)}: ${f.message}`);
  console.log('\nMissed:');
  for (const line of missed) console.log(`  ${line}`);
}
