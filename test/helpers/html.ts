// Parse a response as HTML and query it as a browser would (linkedom), so tests check elements,
// not substrings.
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function texts(document: Document, selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
}
