// An image alone in its paragraph is a figure: the paragraph becomes <figure>, the image's
// Markdown title becomes its <figcaption>: `![alt](src "Caption")`, or with a credit after a
// bar, `![alt](src "Caption | Credit")` (the credit in <span class="credit">). Images load lazily.
import type { MarkdownIt, Token } from 'markdown-it';

export function enhanceFigures(tokens: Token[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [open, inline, close] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (open.type !== 'paragraph_open' || inline.type !== 'inline' || close.type !== 'paragraph_close') continue;
    const children = (inline.children ?? []).filter((child) => !(child.type === 'text' && child.content.trim() === '') && child.type !== 'softbreak');
    if (children.length !== 1 || children[0]!.type !== 'image') continue;
    const image = children[0]!;
    const { caption, credit } = splitCaption(String(image.attrGet('title') ?? ''));
    image.attrs = (image.attrs ?? []).filter(([name]) => name !== 'title');
    inline.children = [image];
    open.meta = { ...open.meta, figure: true };
    close.meta = { ...close.meta, figure: true, caption, credit };
  }
}

/** "Caption | Credit": the credit is what follows the last bar; a title without one is all caption. */
export function splitCaption(title: string): { caption: string; credit: string } {
  const bar = title.lastIndexOf('|');
  const credit = bar < 0 ? '' : title.slice(bar + 1).trim();
  return credit === '' ? { caption: title.trim(), credit: '' } : { caption: title.slice(0, bar).trim(), credit };
}

/** Renderer rules that honour the figure marks set by enhanceFigures. */
export function installFigureRules(md: MarkdownIt): void {
  const escape = md.utils.escapeHtml;
  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.paragraph_open = (tokens, idx, options, env, self) =>
    tokens[idx]!.meta?.figure ? '<figure>' : self.renderToken(tokens, idx, options);
  md.renderer.rules.paragraph_close = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (!token.meta?.figure) return self.renderToken(tokens, idx, options);
    const caption = String(token.meta.caption ?? '');
    const credit = String(token.meta.credit ?? '');
    if (!caption && !credit) return '</figure>\n';
    return `<figcaption>${escape(caption)}${credit ? `<span class="credit">${caption ? ' ' : ''}${escape(credit)}</span>` : ''}</figcaption></figure>\n`;
  };
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    token.attrSet('loading', 'lazy');
    token.attrSet('decoding', 'async');
    return defaultImage(tokens, idx, options, env, self);
  };
}
