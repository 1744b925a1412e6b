// Turns a page's JSX into the bytes sent to the reader. Preact escapes every interpolated
// value; the only raw HTML is the article body, sanitized when it was saved.
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

export function renderPage(page: VNode): Buffer {
  return Buffer.from('<!doctype html>' + render(page), 'utf8');
}

/** A region rendered alone, to be kept as a string (cache/fragment-memo.ts) and placed raw in a page. */
export function renderFragment(region: VNode): string {
  return render(region);
}
