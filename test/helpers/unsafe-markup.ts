// What would make a fragment of HTML unsafe to show a reader: an element that runs or loads
// something (script, iframe, svg…), an event-handler or style attribute, or a URL whose scheme
// is not http, https or mailto (after the normalisation browsers do: control characters and
// spaces dropped, case folded). Parsed with linkedom, so entities count decoded; linkedom builds
// trees as htmlparser2 does (as the sanitizer does), not by HTML5's rules, so mutation XSS that
// needs a browser's tree building is for the Chromium corpus test (test/browser/xss-corpus.test.ts).
import { parseDocument } from './html.ts';

const dangerousElements = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'noscript', 'video', 'audio', 'source', 'portal']);
const urlAttributes = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'cite', 'poster', 'data', 'background', 'xlink:href', 'longdesc', 'usemap']);
const safeSchemes = new Set(['http', 'https', 'mailto']);

/** Each problem found, as "what: where"; an empty list is a safe fragment. */
export function unsafeMarkup(html: string): string[] {
  const problems: string[] = [];
  const root = parseDocument(`<!doctype html><html><body>${html}</body></html>`).body;
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (dangerousElements.has(tag)) problems.push(`element <${tag}>`);
    for (const { name, value } of Array.from(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on') || attribute === 'style' || attribute === 'srcdoc') problems.push(`attribute ${attribute} on <${tag}>`);
      if (!urlAttributes.has(attribute)) continue;
      const url = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
      const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
      if (scheme !== undefined && !safeSchemes.has(scheme)) problems.push(`${scheme}: URL in ${attribute} on <${tag}>`);
    }
  }
  return problems;
}
