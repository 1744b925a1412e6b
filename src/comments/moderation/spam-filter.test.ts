import { describe, expect, it } from 'vitest';
import type { CommentText, FilterState } from './spam-filter.ts';
import { emptyState, fisherCombine, learn, minDocsPerClass, score, tokenize, tokenProbability, unlearn } from './spam-filter.ts';

const comment = (body: string, more: Partial<CommentText> = {}): CommentText => ({ body, authorName: 'Ann Reader', authorUrl: null, ...more });

function trained(spam: CommentText[], ham: CommentText[], times = 1): FilterState {
  const state = emptyState();
  for (let i = 0; i < times; i += 1) {
    for (const c of spam) learn(state, tokenize(c), 'spam');
    for (const c of ham) learn(state, tokenize(c), 'ham');
  }
  return state;
}

const spamExamples = [
  comment('Cheap pills, no prescription, fast shipping https://cheap-pills.example/buy and https://pills.example/now', { authorName: 'Buy Cheap Pills Online' }),
  comment('Best casino bonus: 200 free spins at https://spin-win.example', { authorName: 'casino bonus' }),
  comment('Great post! Visit my site for cheap pills https://cheap-pills.example/deal', { authorUrl: 'https://cheap-pills.example' }),
];
const hamExamples = [
  comment('The council budget still leaves the library short of staff on Saturdays.'),
  comment('I disagree: the bus timetable is better than it was last year.'),
  comment('Does anyone know when the consultation on the bridge closes?'),
];

describe('tokenize', () => {
  it('lowercases unicode words, keeps numbers and drops one-letter and over-long tokens', () => {
    const tokens = tokenize(comment('Élections à Zürich: 42 Bürger stimmten a Donaudampfschifffahrtsgesellschaft'));
    expect(tokens).toEqual(expect.arrayContaining(['élections', 'zürich', '42', 'bürger', 'stimmten', 'long:word']));
    expect(tokens).not.toContain('a');
    expect(tokens).not.toContain('à');
  });

  it('turns links into hosts, top-level domains, path words and a link-count bucket', () => {
    const tokens = tokenize(comment('See https://www.ONS.gov.uk/economy/inflation and http://example.com/a, also cheap-pills.shop'));
    expect(tokens).toEqual(expect.arrayContaining(['host:ons.gov.uk', 'tld:uk', 'url:economy', 'url:inflation', 'host:example.com', 'host:cheap-pills.shop', 'links:2+']));
    expect(tokens).not.toContain('economy');
    expect(tokenize(comment('No links here at all.'))).toContain('links:0');
    expect(tokenize(comment('One: https://example.org'))).toContain('links:1');
  });

  it('counts a schemeless domain with a path as a link, and notices a domain spelled out with "dot"', () => {
    expect(tokenize(comment('free spins at bit.ly/3xYz now'))).toEqual(expect.arrayContaining(['host:bit.ly', 'links:1']));
    expect(tokenize(comment('visit cheappills dot com today'))).toContain('obf:dot-domain');
    expect(tokenize(comment('The end.Next sentence, e.g. this one.'))).toContain('links:0');
  });

  it('records the author URL as presence and host', () => {
    expect(tokenize(comment('Hello there', { authorUrl: 'https://www.My-Blog.example/about' }))).toEqual(expect.arrayContaining(['author-url:yes', 'author-host:my-blog.example', 'author-tld:example']));
    expect(tokenize(comment('Hello there'))).toContain('author-url:none');
  });

  it('marks shouting, repeated punctuation, prices, pay rates, phone numbers and emoji', () => {
    expect(tokenize(comment('THIS IS A DISGRACE AND EVERYONE KNOWS IT'))).toContain('caps:high');
    const tokens = tokenize(comment('Wow!!! Why?? Only $49 or 50% off, earn 90 dollars per hour, call +1 (555) 010-9999 🔥'));
    expect(tokens).toEqual(expect.arrayContaining(['punct:!!', 'punct:??', 'money:price', 'money:rate', 'phone:yes', 'emoji:yes']));
    const calm = tokenize(comment('Turnout was 1990-2000 levels, about 35 per cent in Ward 4.'));
    for (const feature of ['caps:high', 'punct:!!', 'money:price', 'phone:yes', 'emoji:yes']) expect(calm).not.toContain(feature);
  });

  it('buckets the length of the body', () => {
    expect(tokenize(comment('Agreed.'))).toContain('len:tiny');
    expect(tokenize(comment('x'.repeat(100)))).toContain('len:short');
    expect(tokenize(comment('word '.repeat(100)))).toContain('len:medium');
    expect(tokenize(comment('word '.repeat(200)))).toContain('len:long');
  });

  it('flags names that read like adverts or links, and long names, but not ordinary names', () => {
    expect(tokenize(comment('Hi', { authorName: 'Cheap Loans Today' }))).toEqual(expect.arrayContaining(['name:kw', 'name:many-words']));
    expect(tokenize(comment('Hi', { authorName: 'pills4u.example' }))).toContain('name:kw');
    expect(tokenize(comment('Hi', { authorName: 'Mary Ann Okafor' }))).toEqual(expect.arrayContaining(['name:many-words']));
    const plain = tokenize(comment('Hi', { authorName: 'Dave1971' }));
    expect(plain).not.toContain('name:kw');
    expect(plain).not.toContain('name:many-words');
  });

  it('sees through digits for letters and spaced-out letters', () => {
    expect(tokenize(comment('get v1agr4 now'))).toEqual(expect.arrayContaining(['v1agr4', 'viagra', 'obf:digits']));
    expect(tokenize(comment('try c.a.s.i.n.o tonight'))).toEqual(expect.arrayContaining(['casino', 'obf:spaced']));
    expect(tokenize(comment('The U.S. and e.g. the U.K.'))).not.toContain('obf:spaced');
    expect(tokenize(comment('covid19 numbers'))).not.toContain('obf:digits');
  });
});

describe('learning', () => {
  it('counts each token once per comment and the documents of each kind', () => {
    const state = learn(emptyState(), ['cheap', 'cheap', 'pills'], 'spam');
    learn(state, ['cheap', 'library'], 'ham');
    expect(state.spamDocs).toBe(1);
    expect(state.hamDocs).toBe(1);
    expect(state.tokens.get('cheap')).toEqual({ spam: 1, ham: 1 });
    expect(state.tokens.get('pills')).toEqual({ spam: 1, ham: 0 });
  });

  it('unlearns a reversed decision exactly, forgetting tokens that fall to zero and never going negative', () => {
    const state = learn(emptyState(), ['cheap', 'pills'], 'spam');
    learn(state, ['cheap'], 'ham');
    unlearn(state, ['cheap', 'pills'], 'spam');
    expect(state.spamDocs).toBe(0);
    expect(state.tokens.has('pills')).toBe(false);
    expect(state.tokens.get('cheap')).toEqual({ spam: 0, ham: 1 });
    unlearn(state, ['never-seen'], 'spam');
    expect(state.spamDocs).toBe(0);
    expect(state.tokens.has('never-seen')).toBe(false);
  });
});

describe('score', () => {
  it('has no opinion until it has seen enough of both kinds', () => {
    const state = trained([spamExamples[0]!], hamExamples, minDocsPerClass - 1);
    expect(state.spamDocs).toBe(minDocsPerClass - 1);
    expect(score(state, tokenize(spamExamples[0]!))).toEqual({ probability: 0.5, trained: false, evidence: [] });
    learn(state, tokenize(spamExamples[0]!), 'spam');
    expect(score(state, tokenize(spamExamples[0]!)).trained).toBe(true);
  });

  it('scores spam-like comments high and news talk low once trained, with the telling tokens as evidence', () => {
    const state = trained(spamExamples, hamExamples, minDocsPerClass);
    const spammy = score(state, tokenize(comment('Cheap pills here https://cheap-pills.example/buy', { authorName: 'Buy Pills' })));
    expect(spammy.trained).toBe(true);
    expect(spammy.probability).toBeGreaterThan(0.9);
    expect(spammy.evidence.length).toBeLessThanOrEqual(5);
    expect(spammy.evidence.map((e) => e.token)).toContain('host:cheap-pills.example');
    for (const e of spammy.evidence) expect(e.spamProbability).toBeGreaterThan(0.5);
    const hammy = score(state, tokenize(comment('Does the council budget cover the library on Saturdays?')));
    expect(hammy.probability).toBeLessThan(0.1);
    expect(hammy.evidence[0]!.spamProbability).toBeLessThan(0.5);
  });

  it('says 0.5 when nothing in the comment has been seen before', () => {
    const state = trained(spamExamples, hamExamples, minDocsPerClass);
    const unknown = ['zebra', 'quantum', 'marmalade'];
    expect(score(state, unknown)).toMatchObject({ probability: 0.5, evidence: [] });
  });

  it('stays in [0, 1] and finite with thousands of extreme clues', () => {
    expect(fisherCombine(Array(5000).fill(0.99))).toBeCloseTo(1, 6);
    expect(fisherCombine(Array(5000).fill(0.01))).toBeCloseTo(0, 6);
    expect(fisherCombine([0.99, 0.01])).toBeCloseTo(0.5, 6);
    expect(fisherCombine([])).toBe(0.5);
  });

  it('pulls rarely seen tokens towards 0.5', () => {
    const state: FilterState = { spamDocs: 100, hamDocs: 100, tokens: new Map() };
    const once = tokenProbability(state, { spam: 1, ham: 0 });
    const often = tokenProbability(state, { spam: 50, ham: 0 });
    expect(once).toBeGreaterThan(0.5);
    expect(once).toBeLessThan(often);
    expect(often).toBeLessThan(1);
  });
});
