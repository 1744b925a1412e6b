// Tidies converted WordPress HTML into top-level blocks that Markdown passes through whole: layout
// wrappers (groups, columns, covers) are unwrapped so their paragraphs stand on their own, loose
// inline text is put in paragraphs, elements the article allow-list lacks become their nearest
// allowed kin (h5 → h4, <video> → a link), and no block contains a blank line (which would end
// a Markdown HTML block early). Sanitising is not done here: the article pipeline does it.
import { render } from 'dom-serializer';
import { type ChildNode, Element, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';

const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'dl', 'pre', 'figure', 'table', 'hr', 'div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'address', 'details', 'form', 'fieldset', 'center', 'main', 'iframe', 'video', 'audio', 'object', 'embed', 'script', 'style', 'noscript']);
const wrappers = new Set(['div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'center', 'details', 'form', 'fieldset', 'dl', 'address', 'noscript']);
const renames: Record<string, string> = { h5: 'h4', h6: 'h4', strike: 's', tt: 'code', kbd: 'code', samp: 'code', var: 'code', acronym: 'abbr', dfn: 'em', big: 'span', u: 'span', font: 'span', summary: 'p' };
const dropped = new Set(['script', 'style', 'object', 'embed', 'noscript', 'template', 'button', 'input', 'select', 'textarea']);

export function tidyHtml(html: string): { html: string; imageUrls: string[] } {
  const document = parseDocument(html, { decodeEntities: true });
  const imageUrls: string[] = [];
  const transform = (nodes: ChildNode[]): ChildNode[] =>
    nodes.flatMap((node): ChildNode[] => {
      if (!(node instanceof Element)) return [node];
      const name = node.name.toLowerCase();
      if (dropped.has(name)) return [];
      if (name === 'img') {
        if (node.attribs.src) imageUrls.push(node.attribs.src);
        return [node];
      }
      if (name === 'video' || name === 'audio' || name === 'iframe') return mediaLink(node, name);
      if (name === 'dt') return [element('p', {}, [element('strong', {}, transform(node.children))])];
      if (name === 'dd') return [element('p', {}, transform(node.children))];
      node.children = transform(node.children);
      for (const child of node.children) child.parent = node;
      if (renames[name]) node.name = renames[name]!;
      return [node];
    });
  const flat = flatten(transform(document.children));
  const blocks: string[] = [];
  let inline: ChildNode[] = [];
  const closeParagraph = () => {
    if (inline.some((n) => !(n instanceof Text) || n.data.trim() !== '')) blocks.push(serialize([element('p', {}, inline)]));
    inline = [];
  };
  for (const node of flat) {
    if (node instanceof Element && blockTags.has(node.name)) {
      closeParagraph();
      blocks.push(serialize([node]));
    } else if (node instanceof Element || node instanceof Text) inline.push(node);
  }
  closeParagraph();
  return { html: blocks.filter((b) => b.trim() !== '').join('\n\n') + '\n', imageUrls };
}

/** Layout wrappers at the top give way to their children, so each paragraph is a block of its own. */
function flatten(nodes: ChildNode[]): ChildNode[] {
  return nodes.flatMap((node) => (node instanceof Element && wrappers.has(node.name) ? flatten(node.children) : [node]));
}

function element(name: string, attribs: Record<string, string>, children: ChildNode[]): Element {
  const el = new Element(name, attribs, children);
  for (const child of children) child.parent = el;
  return el;
}

/** A player or frame the article allow-list cannot carry: a link to what it played. */
function mediaLink(node: Element, name: string): ChildNode[] {
  const source = node.attribs.src ?? node.children.find((c): c is Element => c instanceof Element && c.name === 'source')?.attribs.src;
  if (!source) return [];
  const label = name === 'video' ? 'Video' : name === 'audio' ? 'Audio' : 'Embedded content';
  return [element('p', {}, [new Text(`${label}: `), element('a', { href: source }, [new Text(source.split('/').pop() || source)])])];
}

function serialize(nodes: ChildNode[]): string {
  const html = render(nodes, { encodeEntities: 'utf8', decodeEntities: true }).trim();
  // Whitespace outside <pre> is insignificant; inside it a blank line must survive without ending the block.
  return html.replace(/\n([ \t]*)\n/g, '\n$1&#10;').replace(/\n([ \t]*)\n/g, '\n$1&#10;');
}
