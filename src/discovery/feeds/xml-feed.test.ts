// RSS and Atom as XML: well-formed whatever a headline or body contains, authors never as email.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureSource } from './feed-fixture.ts';
import { buildAtomFeed, buildRssFeed } from './xml-feed.ts';

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (name) => ['item', 'entry', 'dc:creator', 'author'].includes(name) }).parse(xml);
};
const hostile = 'A ]]> B ]]> </script><script>alert(1)</script> & \u0001end';

describe('buildRssFeed', () => {
  it('stays well-formed with ]]>, markup, & and control characters in a headline and body', () => {
    const rss = parse(buildRssFeed(fixtureSource([fixtureArticle({ headline: hostile, bodyHtml: '<p>x ]]> y ]]> z</p>' })])));
    const item = rss.rss.channel.item[0];
    expect(item.title).toBe('A ]]> B ]]> </script><script>alert(1)</script> & end');
    expect(item['content:encoded']).toBe('<p>x ]]&gt; y ]]&gt; z</p>');
  });

  it('names authors in dc:creator, declared in summary feeds too, and writes no <author>', () => {
    const xml = buildRssFeed(fixtureSource([fixtureArticle()], { content: 'summary' }));
    const rss = parse(xml);
    expect(rss.rss.channel['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    expect(rss.rss.channel.item[0]['dc:creator']).toEqual(['Li Wei']);
    expect(rss.rss.channel.item[0].author).toBeUndefined();
    expect(rss.rss.channel.item[0]['content:encoded']).toBeUndefined();
  });
});

describe('buildAtomFeed', () => {
  it('HTML-escapes the plain-text headline for its type="html" title', () => {
    const atom = parse(buildAtomFeed(fixtureSource([fixtureArticle({ headline: hostile })])));
    expect(atom.feed.entry[0].title['#text']).toBe('A ]]&gt; B ]]&gt; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; end');
    expect(atom.feed.entry[0].author[0]).toEqual({ name: 'Li Wei', uri: 'https://news.example.test/author/li-wei' });
  });

  it('names the publication as the feed author, so an entry without a byline is still valid Atom', () => {
    const atom = parse(buildAtomFeed(fixtureSource([fixtureArticle({ authors: [] })])));
    expect(atom.feed.author[0]).toEqual({ name: 'The Ledger', uri: 'https://news.example.test/' });
  });
});
