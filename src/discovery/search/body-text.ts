// An article's Markdown as the plain text search indexes: what a reader reads (text, code, image
// alt text), parsed with the same markdown-it options as the page. Raw HTML, markup and URLs are
// dropped: a link keeps its words, not its address; a bare or <autolinked> URL disappears.
import MarkdownIt, { type Token } from 'markdown-it';
import { cleanText } from './parse-query.ts';

const md = new MarkdownIt({ html: true, linkify: true, typographer: true });

export function markdownToPlainText(markdown: string): string {
  const blocks: string[] = [];
  for (const token of md.parse(markdown, {})) {
    if (token.type === 'inline') blocks.push(inlineText(token.children ?? []));
    else if (token.type === 'code_block' || token.type === 'fence') blocks.push(token.content);
  }
  return cleanText(blocks.map((block) => block.trim()).filter(Boolean).join('\n\n'));
}

function inlineText(children: Token[]): string {
  let text = '';
  let inUrlLink = false;
  for (const child of children) {
    if (child.type === 'link_open') inUrlLink = child.markup === 'autolink' || child.markup === 'linkify';
    else if (child.type === 'link_close') inUrlLink = false;
    else if (inUrlLink) continue;
    else if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'image') text += ` ${inlineText(child.children ?? [])} `;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
  }
  return text.replace(/[ \t]+/g, ' ');
}
