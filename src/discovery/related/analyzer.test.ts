import { describe, expect, it } from 'vitest';
import { loadAnalyzer } from './analyzer.ts';

describe('loadAnalyzer', () => {
  it('removes English stop words and stems what is left (Snowball)', async () => {
    const english = await loadAnalyzer('en-GB');
    expect(english.language).toBe('en');
    expect(english.words('The negotiators were negotiating the treaties with them')).toEqual(['negoti', 'negoti', 'treati']);
  });

  it('uses the stop words and stemmer of the site language', async () => {
    const french = await loadAnalyzer('fr');
    expect(french.words('Les négociations sur les traités')).toEqual(['négoci', 'trait']);
  });

  it('keeps whole words for a language it has no stemmer for', async () => {
    const unknown = await loadAnalyzer('xx');
    expect(unknown.words('Water talks')).toEqual(['water', 'talks']);
  });

  it('finds names with the language stop words', async () => {
    const english = await loadAnalyzer('en');
    expect(english.names('The Nile Basin Commission met Amara Osei.')).toEqual(['nile basin commission', 'amara osei']);
  });
});
