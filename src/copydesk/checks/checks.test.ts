// Each copy desk check on small fixtures: what it must find, and the look-alikes it must leave
// alone. Lookups are real (the Hunspell dictionary, a small registry and archive).
import { beforeAll, describe, expect, it } from 'vitest';
import type { CopyCheck, CopyInput, CopyLookups, LinkState } from '../copy.ts';
import { createLookups } from '../lookups.ts';
import { createNameIndex } from '../name-index.ts';
import { runChecks } from '../run-checks.ts';
import { type Speller, spellerFor } from '../speller.ts';
import { bracketBalance } from './bracket-balance.ts';
import { capitals } from './capitals.ts';
import { doubleSpaces } from './double-spaces.ts';
import { doubledWords } from './doubled-words.ts';
import { gluedWords } from './glued-words.ts';
import { headlineLength } from './headline-length.ts';
import { headlinePunctuation } from './headline-punctuation.ts';
import { imageAltText } from './image-alt.ts';
import { internalLinkTargets } from './internal-links.ts';
import { knownNames } from './known-names.ts';
import { missingSpace } from './missing-space.ts';
import { nameVariants } from './name-variants.ts';
import { quoteBalance } from './quote-balance.ts';
import { relativeDays } from './relative-days.ts';
import { seeAlsoTarget } from './see-also-target.ts';
import { spelling } from './spelling.ts';
import { weekdayDates } from './weekday-dates.ts';

let speller: Speller;
beforeAll(async () => {
  speller = await spellerFor('en-GB');
});

const article = (fields: Partial<CopyInput> = {}): CopyInput => ({
  headline: 'Council approves new bus lanes',
  standfirst: 'The vote passed by 31 to 24.',
  bodyMarkdown: 'The council voted on Tuesday.',
  seoTitle: '',
  seoDescription: '',
  authorNames: ['Priyanka Sethi'],
  featuredImage: null,
  appearsAt: null,
  pinned: [],
  ...fields,
});

function lookups(extra: { archive?: Record<string, number>; links?: Record<string, LinkState>; now?: Date; words?: string[] } = {}): CopyLookups {
  return createLookups({
    speller,
    now: extra.now ?? new Date('2026-11-28T12:00:00Z'),
    timeZone: 'Europe/London',
    siteWords: extra.words ?? [],
    registryNames: ['Priyanka Sethi', 'Aoife Brennan'],
    archive: createNameIndex(new Map(Object.entries(extra.archive ?? { Pellow: 41, Nowak: 12, Harwick: 80 }))),
    links: new Map(Object.entries(extra.links ?? {})),
  });
}

const run = (check: CopyCheck, input: CopyInput, l = lookups()) => runChecks(input, l, { checks: [check] });
const texts = (check: CopyCheck, body: string, l = lookups()) => run(check, article({ bodyMarkdown: body }), l).map((f) => f.text);

describe('name variants', () => {
  it('flags the less used of two spellings in one story, with the other as the fix', () => {
    const findings = run(nameVariants, article({ bodyMarkdown: 'Anthony Pellow spoke first. Mr Pellow said yes. Later Mr Pelow said no.' }));
    expect(findings.map((f) => [f.text, f.severity, f.fix?.replacement])).toEqual([['Pelow', 'error', 'Pellow']]);
  });
  it('treats transliterations as one name: Anthony and Antony', () => {
    expect(texts(nameVariants, 'Anthony Albanese spoke. Later Antony Albanese left. Anthony Albanese returned.')).toEqual(['Antony']);
  });
  it('leaves plurals, demonyms and different dictionary names alone', () => {
    expect(texts(nameVariants, 'Germany and the Germans met Iran and Iraq. Qadira and the Qadiri delegation agreed.')).toEqual([]);
  });
});

describe('known names', () => {
  it('warns when the archive spells a name differently in many stories', () => {
    const [finding] = run(knownNames, article({ bodyMarkdown: 'The mayor, Anthony Pelow, spoke.' }));
    expect(finding).toMatchObject({ text: 'Pelow', severity: 'warning', fix: { replacement: 'Pellow' } });
    expect(finding!.message).toContain('41 stories');
  });
  it('is an error when a writer of the story is misspelt against their profile', () => {
    const [finding] = run(knownNames, article({ bodyMarkdown: 'Additional reporting by Priyanka Sethy.' }));
    expect(finding).toMatchObject({ text: 'Sethy', severity: 'error', fix: { replacement: 'Sethi' } });
  });
  it('warns for another writer in the registry, and not for names the site already uses', () => {
    expect(run(knownNames, article({ bodyMarkdown: 'Reporting by Aoife Brenan.' }))[0]).toMatchObject({ text: 'Brenan', severity: 'warning' });
    expect(texts(knownNames, 'Anthony Pellow met Katarzyna Nowak in Harwick. Mark Green came too.')).toEqual([]);
  });
});

describe('glued and broken words', () => {
  it('finds a lost space after a name or before a small word, and stray letters', () => {
    const found = run(gluedWords, article({ bodyMarkdown: 'She flew to Beijingthe next day. The paper, the Global Timesa newspaper, agreed. Thehospital was full. The councilr met.' }), lookups({ archive: { Times: 5 } }));
    expect(found.map((f) => [f.text, f.fix?.replacement])).toEqual([
      ['Beijingthe', 'Beijing the'],
      ['Timesa', 'Times a'],
      ['Thehospital', 'The hospital'],
      ['councilr', 'council'],
    ]);
  });
  it('leaves closed compounds, names and plurals alone', () => {
    expect(texts(gluedWords, 'Meltwater and chipmaking drove the housebuilders to Eastfield, where landers and Sethi waited.')).toEqual([]);
  });
  it('finds doubled words but not "had had"', () => {
    expect(texts(doubledWords, 'It was the the best. She had had enough. To\nto the end.')).toEqual(['the the', 'To\nto']);
  });
  it('finds a missing space after sentence punctuation, not decimals, times or abbreviations', () => {
    expect(texts(missingSpace, 'It ended.The council met,and then left. Figures rose 1.9 per cent at 7.30pm in the U.S. and e.g. here.')).toEqual(['.T', ',a']);
  });
  it('finds double spaces between words, not a Markdown line break', () => {
    expect(run(doubleSpaces, article({ bodyMarkdown: 'One  two.  \nThree.' })).map((f) => [f.start, f.end])).toEqual([[3, 5]]);
  });
});

describe('spelling', () => {
  it('flags unknown lowercase words once, with a suggestion', () => {
    const findings = run(spelling, article({ bodyMarkdown: 'The goverment said the goverment would act.' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ text: 'goverment', fix: { replacement: 'government' } });
  });
  it('knows names, regular word forms, accents, and the site word list', () => {
    expect(texts(spelling, 'Zhou Anran unclips the funders at the café in the Place des Nations. Boda riders queue.', lookups({ words: ['boda'] }))).toEqual([]);
  });
});

describe('punctuation balance', () => {
  it('finds unclosed and stray quotation marks, straight and curly', () => {
    expect(run(quoteBalance, article({ bodyMarkdown: 'He said "we will win.\n\nShe said “no.\n\nThey said yes.” Then left.' })).map((f) => f.message)).toEqual([
      'This quotation is never closed.',
      'This quotation is never closed.',
      'A closing quotation mark with no opening one.',
    ]);
  });
  it('accepts nested quotes, apostrophes and quotations running on across paragraphs', () => {
    expect(texts(quoteBalance, 'He said: "I told him, \'No, that is the idea.\'" The workers\' union agreed; it\'s Valmora\'s.\n\n"First paragraph of a long quote.\n\n"Second paragraph," she said.')).toEqual([]);
  });
  it('finds a curly opening mark where a closing one belongs', () => {
    expect(run(quoteBalance, article({ bodyMarkdown: 'She said “this is it“ and left.' }))[0]).toMatchObject({ start: 20, fix: { replacement: '”' } });
  });
  it('finds brackets never closed or closed with the wrong mark, ignoring links', () => {
    expect(run(bracketBalance, article({ bodyMarkdown: 'A (first note. A [second). See [the report](/x/y) (fine).' })).map((f) => f.text)).toEqual(['(', ')']);
  });
});

describe('dates', () => {
  it('finds a weekday that does not match its date, in the year nearest the story', () => {
    const [finding] = run(weekdayDates, article({ bodyMarkdown: 'The vote is on Sunday 1 December.' }));
    expect(finding).toMatchObject({ text: 'Sunday', fix: { replacement: 'Tuesday' } });
    expect(finding!.message).toContain('Tuesday 1 December 2026');
  });
  it('reads other forms and explicit years, and accepts true dates', () => {
    expect(texts(weekdayDates, 'On Tuesday, December 1, 2026, and Wed 2nd Dec, and Monday 20 June 2027, and Friday 13 November.')).toEqual(['Monday']);
  });
  it('finds days that do not exist', () => {
    expect(texts(weekdayDates, 'Due on 31 November, or Monday 30 February.')).toEqual(['31 November', 'Monday 30 February']);
  });
  it('warns about "today" only in a story scheduled for another day', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(run(relativeDays, article({ bodyMarkdown: 'The decision came today.', appearsAt: new Date('2026-11-30T07:00:00Z') }), lookups({ now })).map((f) => f.text)).toEqual(['today']);
    expect(run(relativeDays, article({ bodyMarkdown: 'The decision came today.', appearsAt: new Date('2026-11-28T18:00:00Z') }), lookups({ now }))).toEqual([]);
    expect(run(relativeDays, article({ bodyMarkdown: 'The decision came today.' }), lookups({ now }))).toEqual([]);
  });
});

describe('links and media', () => {
  it('finds links to missing and unpublished stories, and leaves published and outside ones', () => {
    const l = lookups({ links: { '/city/2026/11/01/gone': 'missing', '/city/2026/11/02/draft': 'unpublished', '/city/2026/11/03/live': 'published' } });
    const body = 'See [one](/city/2026/11/01/gone), [two](/city/2026/11/02/draft), [three](/city/2026/11/03/live) and [four](https://example.org/x).';
    expect(run(internalLinkTargets, article({ bodyMarkdown: body }), l).map((f) => [f.text, f.severity])).toEqual([
      ['[one](/city/2026/11/01/gone)', 'error'],
      ['[two](/city/2026/11/02/draft)', 'error'],
    ]);
  });
  it('finds images without alt text in the body and the featured image', () => {
    const findings = run(imageAltText, article({ bodyMarkdown: '![](/media/a.jpg "Caption")\n\n![A crane](/media/b.jpg)', featuredImage: { url: '/media/c.jpg', alt: ' ' } }));
    expect(findings.map((f) => f.field)).toEqual(['bodyMarkdown', 'imageAlt']);
  });
  it('warns about a "See also" pinned to an unpublished story', () => {
    expect(run(seeAlsoTarget, article({ pinned: [{ headline: 'Draft story', published: false }, { headline: 'Live', published: true }] })).map((f) => f.field)).toEqual(['related']);
  });
});

describe('headline and standfirst', () => {
  it('warns about lengths search results and social cards cut', () => {
    expect(run(headlineLength, article({ headline: 'x'.repeat(111), standfirst: 'y'.repeat(201), seoTitle: 'z'.repeat(71) })).map((f) => f.field)).toEqual(['headline', 'standfirst', 'seoTitle']);
    expect(run(headlineLength, article({ headline: 'x'.repeat(110), standfirst: 'y'.repeat(200) }))).toEqual([]);
  });
  it('warns about capitals but not acronyms', () => {
    expect(run(capitals, article({ headline: 'COUNCIL APPROVES NEW BUS LANES' })).map((f) => f.field)).toEqual(['headline']);
    expect(run(capitals, article({ headline: 'NATO and EU agree on a new plan' }))).toEqual([]);
  });
  it('offers to remove a full stop at the end of a headline, not a question mark', () => {
    expect(run(headlinePunctuation, article({ headline: 'Council approves lanes.' }))[0]).toMatchObject({ fix: { replacement: '' }, start: 22 });
    expect(run(headlinePunctuation, article({ headline: 'Will the lanes work?' }))).toEqual([]);
  });
});

describe('running the checks', () => {
  it('keeps one finding where two checks see the same words, and skips turned-off checks', () => {
    const input = article({ bodyMarkdown: 'She flew to Beijingthe next day.' });
    expect(runChecks(input, lookups()).map((f) => f.check)).toEqual(['glued-words']);
    expect(runChecks(input, lookups(), { disabled: ['glued-words'] })).toEqual([]);
    expect(runChecks(article({ bodyMarkdown: 'It was the the best.' }), lookups(), { disabled: ['doubled-words'] })).toEqual([]);
  });
});
