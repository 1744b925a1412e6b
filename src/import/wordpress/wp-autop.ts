// WordPress's wpautop rules for classic-editor content: blank lines separate paragraphs, a single
// line break is a <br>, block-level elements are never wrapped in <p>, and <pre> is left alone.
// Block-editor content (<!-- wp:… --> comments) already carries its own markup and skips this.
const blocks = 'table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|video|audio|object|embed|script|noscript';

export function wpautop(text: string): string {
  if (text.trim() === '') return '';
  const stash: string[] = [];
  let s = text.replace(/\r\n?/g, '\n').replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (pre) => `<pre wp-pre-tag-${stash.push(pre) - 1}></pre>`);
  s = s.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n');
  s = s.replace(new RegExp(`(<(?:${blocks})[\\s/>])`, 'gi'), '\n\n$1');
  s = s.replace(new RegExp(`(</(?:${blocks})>)`, 'gi'), '$1\n\n');
  s = s.replace(/\n\n+/g, '\n\n');
  let out = '';
  for (const piece of s.split(/\n\s*\n/)) {
    const trimmed = piece.trim();
    if (trimmed) out += `<p>${trimmed}</p>\n`;
  }
  out = out.replace(/<p>\s*<\/p>/g, '');
  out = out.replace(new RegExp(`<p>\\s*(</?(?:${blocks})[^>]*>)`, 'gi'), '$1');
  out = out.replace(new RegExp(`(</?(?:${blocks})[^>]*>)\\s*</p>`, 'gi'), '$1');
  out = out.replace(/<p>([^<]*)<\/(div|address|form)>/gi, '<p>$1</p></$2>');
  // A single line break inside a paragraph is a <br>, unless it sits against a block tag.
  out = out.replace(new RegExp(`(?<!<br\\s*/?>|</?(?:${blocks})[^>]*>)[ \\t]*\\n(?!\\s*</?(?:${blocks})[\\s/>])`, 'gi'), '<br />\n');
  out = out.replace(/<br \/>\n(\s*<\/p>)/g, '$1');
  return out.replace(/<pre wp-pre-tag-(\d+)><\/pre>/g, (_m, i: string) => stash[Number(i)]!);
}
