// Internal links in a Markdown body: the site-relative targets of [text](/path) links, with the
// place of each. The service resolves them (is there a published story there?) before checking.
export interface BodyLink {
  path: string;
  start: number;
  end: number;
}

export function internalLinks(markdown: string, baseUrl?: string): BodyLink[] {
  const links: BodyLink[] = [];
  for (const match of markdown.matchAll(/(?<!!)\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    let target = match[1]!;
    if (baseUrl && target.startsWith(baseUrl)) target = target.slice(baseUrl.length) || '/';
    if (!target.startsWith('/') || target.startsWith('//')) continue;
    links.push({ path: target.split(/[?#]/)[0]!.replace(/\/+$/, '') || '/', start: match.index!, end: match.index! + match[0].length });
  }
  return links;
}
