// An article body as plain text for the relevance engine: Markdown parsed with markdown-it and
// only what a reader reads kept (text, inline code, image alt text). Raw HTML, URLs and markup
// are dropped, so a link's address or a heading's hashes never become terms.
import MarkdownIt, { type Token } from 'markdown-it';

const md = new MarkdownIt({ html: true, linkify: false });

export function markdownToText(markdown: string): string {
  const blocks: string[] = [];
  for (const token of md.parse(markdown, {})) {
    if (token.type === 'inline') blocks.push(inlineText(token.children ?? []));
    else if (token.type === 'code_block' || token.type === 'fence') blocks.push(token.content);
  }
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}

function inlineText(children: Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'image') text += inlineText(child.children ?? []);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
  }
  return text;
}
