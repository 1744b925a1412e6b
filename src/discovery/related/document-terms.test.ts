import { describe, expect, it } from 'vitest';
import { loadAnalyzer } from './analyzer.ts';
import { documentTerms, fieldWeights } from './document-terms.ts';

describe('documentTerms', () => {
  it('weighs headline and tag words above standfirst words, and those above body words', async () => {
    const counts = documentTerms(
      { headline: 'Treaty signed', standfirst: 'Delegates agree on water', bodyText: 'The river flows.', tags: ['Nile basin'], people: ['Li Wei'] },
      await loadAnalyzer('en'),
    );
    expect(counts.get('treati')).toBe(fieldWeights.headline);
    expect(counts.get('nile')).toBe(fieldWeights.tags);
    expect(counts.get('#nile basin')).toBe(fieldWeights.tags);
    expect(counts.get('water')).toBe(fieldWeights.standfirst);
    expect(counts.get('river')).toBe(fieldWeights.body);
    expect(counts.get('@li wei')).toBe(fieldWeights.people);
    expect(counts.has('the')).toBe(false);
  });

  it('adds up repeats and counts a byline author named in the text under the same term', async () => {
    const counts = documentTerms({ headline: 'Water', standfirst: '', bodyText: 'Water, water. It was written by Amara Osei.', tags: [], people: ['Amara Osei'] }, await loadAnalyzer('en'));
    expect(counts.get('water')).toBe(fieldWeights.headline + 2 * fieldWeights.body);
    expect(counts.get('@amara osei')).toBe(2 * fieldWeights.people);
  });
});
