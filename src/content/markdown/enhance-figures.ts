// An image alone in its paragraph is a figure: the paragraph becomes <figure>, the image's
// Markdown title (`![alt](src "Caption")`) becomes its <figcaption>. Images load lazily.
import type { MarkdownIt, Token } from 'markdown-it';

export function enhanceFigures(tokens: Token[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [open, inline, close] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (open.type !== 'paragraph_open' || inline.type !== 'inline' || close.type !== 'paragraph_close') continue;
    const children = (inline.children ?? []).filter((child) => !(child.type === 'text' && child.content.trim() === '') && child.type !== 'softbreak');
    if (children.length !== 1 || children[0]!.type !== 'image') continue;
    const image = children[0]!;
    const caption = image.attrGet('title') ?? '';
    image.attrs = (image.attrs ?? []).filter(([name]) => name !== 'title');
    inline.children = [image];
    open.meta = { ...open.meta, figure: true };
    close.meta = { ...close.meta, figure: true, caption };
  }
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
    return caption ? `<figcaption>${escape(caption)}</figcaption></figure>\n` : '</figure>\n';
  };
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    token.attrSet('loading', 'lazy');
    token.attrSet('decoding', 'async');
    return defaultImage(tokens, idx, options, env, self);
  };
}
