// WordPress shortcodes found the way WordPress finds them (get_shortcode_regex): `[name attrs]`,
// `[name attrs /]`, or `[name attrs]content[/name]`; `[[name]]` is WordPress's escape for a
// literal. A bare `[word]` with no attributes and no closing tag is prose ("[sic]"), not a
// shortcode. Each handler returns HTML; the caller reports names no handler knows.
export interface Shortcode {
  name: string;
  attrs: Record<string, string>;
  /** Positional attributes (`[embed 400 300]`). */
  positional: string[];
  content: string | undefined;
}

const attrPattern = /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;

export function parseAttributes(text: string): { attrs: Record<string, string>; positional: string[] } {
  const attrs: Record<string, string> = {};
  const positional: string[] = [];
  for (const m of text.replace(/[\u00a0\u200b]/g, ' ').matchAll(attrPattern)) {
    if (m[1]) attrs[m[1].toLowerCase()] = m[2]!;
    else if (m[3]) attrs[m[3].toLowerCase()] = m[4]!;
    else if (m[5]) attrs[m[5].toLowerCase()] = m[6]!;
    else positional.push(m[7] ?? m[8] ?? m[9]!);
  }
  return { attrs, positional };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternFor(name: string): RegExp {
  const n = escapeRegExp(name);
  return new RegExp(`\\[(\\[?)(${n})(?![\\w-])([^\\]\\/]*(?:\\/(?!\\])[^\\]\\/]*)*?)(?:(\\/)\\]|\\](?:([^\\[]*(?:\\[(?!\\/\\2\\])[^\\[]*)*)(\\[\\/\\2\\]))?)(\\]?)`, 'g');
}

/** Names that are used as shortcodes in `text`: known ones, or any with attributes or a closing tag. */
export function shortcodeNames(text: string, known: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\[([a-zA-Z][\w-]*)([\s\]\/][^\]]*)?\]/g)) {
    const name = m[1]!;
    const rest = m[2] ?? '';
    if (known.has(name) || /=/.test(rest) || text.includes(`[/${name}]`)) names.add(name);
  }
  return [...names];
}

/** Replaces each use of `name` in `text` with what `render` returns; escaped uses become literal text. */
export function replaceShortcode(text: string, name: string, render: (shortcode: Shortcode) => string): string {
  return text.replace(patternFor(name), (whole, open: string, _n: string, attrText: string, _selfClose: string | undefined, content: string | undefined, _closeTag: string | undefined, close: string) => {
    if (open === '[' && close === ']') return `&#91;${whole.slice(2, -2)}&#93;`;
    const { attrs, positional } = parseAttributes(attrText);
    return open + render({ name, attrs, positional, content }) + close;
  });
}
