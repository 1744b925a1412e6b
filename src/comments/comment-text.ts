// A comment's text as readers see it: plain text in paragraphs, with web addresses made into
// links. Nothing a reader types is ever interpreted as HTML or Markdown: the output is a list
// of segments that the view renders through Preact, which escapes every one of them.
import { LinkifyIt } from 'linkify-it';

const linkify = new LinkifyIt().tlds([], true);

export type TextSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

export function commentParagraphs(body: string): TextSegment[][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(segmentsOf);
}

function segmentsOf(text: string): TextSegment[] {
  const matches = (linkify.match(text) ?? []).filter((match) => /^https?:$/i.test(match.schema) || match.schema === '');
  const segments: TextSegment[] = [];
  let at = 0;
  for (const match of matches) {
    if (!/^https?:\/\//i.test(match.url)) continue;
    if (match.index > at) segments.push({ kind: 'text', text: text.slice(at, match.index) });
    segments.push({ kind: 'link', text: match.text, href: match.url });
    at = match.lastIndex;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}

export function countLinks(body: string): number {
  return (linkify.match(body) ?? []).length;
}
