// Article body: Markdown → tokens → enhancers → HTML, sanitized block by block.
// Rendering happens once, at save time; the result is stored with the article. Each top-level
// block is sanitized on its own so we know exactly where block boundaries fall in the output:
// `breakOffset` is where the inline "See also" box goes (after the 2nd or 3rd paragraph).
import MarkdownIt, { type Token } from 'markdown-it';
import { enhanceFigures, installFigureRules } from './enhance-figures.ts';
import { SANITIZER_RULES_VERSION, sanitizeBody } from './sanitize-body.ts';

export interface RenderedBody {
  html: string;
  /** Offset into html after which the "See also" box is placed. */
  breakOffset: number;
  paragraphCount: number;
  /** The sanitizer rules the HTML was made under: store it with the HTML (SANITIZER_RULES_VERSION). */
  rulesVersion: number;
}

const md = new MarkdownIt({ html: true, linkify: true, typographer: true });
installFigureRules(md);

/** Ordered list of small token transforms; add an enhancer by adding a line. */
const enhancers: ((tokens: Token[]) => void)[] = [enhanceFigures];

export function renderMarkdown(markdown: string): RenderedBody {
  const tokens = md.parse(markdown, {});
  for (const enhance of enhancers) enhance(tokens);

  const blocks = splitTopLevel(tokens);
  const paragraphCount = blocks.filter(isParagraph).length;
  const breakAfter = paragraphCount >= 6 ? 3 : 2;

  let html = '';
  let paragraphsSeen = 0;
  let breakOffset = -1;
  for (const block of blocks) {
    const rendered = sanitizeBody(md.renderer.render(block, md.options, {})).trim();
    if (rendered === '') continue;
    html += rendered + '\n';
    if (isParagraph(block) && ++paragraphsSeen === breakAfter) breakOffset = html.length;
  }
  return { html, breakOffset: breakOffset === -1 ? html.length : breakOffset, paragraphCount, rulesVersion: SANITIZER_RULES_VERSION };
}

function splitTopLevel(tokens: Token[]): Token[][] {
  const blocks: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    current.push(token);
    if (token.level === 0 && token.nesting !== 1) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function isParagraph(block: Token[]): boolean {
  return block[0]?.type === 'paragraph_open' && !block[0].meta?.figure;
}
