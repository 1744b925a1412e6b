// Did a reader-visible word go missing between WordPress's content and the stored article? The
// words of the source (tags, block comments and shortcode brackets removed) are compared as a
// multiset with the words of the rendered body; a checksum of the normalised rendered text lets
// a second run prove that nothing changed.
import { createHash } from 'node:crypto';
import { DomUtils, parseDocument } from 'htmlparser2';

export function textOf(html: string): string {
  const document = parseDocument(html, { decodeEntities: true });
  DomUtils.filter((node) => node.type === 'script' || node.type === 'style', document.children, true).forEach((node) => DomUtils.removeElement(node));
  return DomUtils.textContent(document.children);
}

export function normalise(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

const words = (text: string) => normalise(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Source words the rendered body lacks (each as often as it is missing), in source order. */
export function missingWords(sourceHtml: string, renderedHtml: string): string[] {
  const source = sourceHtml
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\[\/?[a-zA-Z][\w-]*(?:\s[^\]]*)?\/?\]/g, ' ');
  const available = new Map<string, number>();
  // Element boundaries count as spaces on both sides, so words of adjacent blocks never run together.
  const spaced = (html: string) => html.replace(/</g, ' <');
  for (const word of words(textOf(spaced(renderedHtml)))) available.set(word, (available.get(word) ?? 0) + 1);
  const missing: string[] = [];
  for (const word of words(textOf(spaced(source)))) {
    const left = available.get(word) ?? 0;
    if (left > 0) available.set(word, left - 1);
    else missing.push(word);
  }
  return missing;
}

export const checksum = (text: string) => createHash('sha256').update(text).digest('hex');
