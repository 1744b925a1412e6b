// WordPress post content → the HTML that Byline stores as an article's Markdown source (raw HTML
// blocks are Markdown; the normal pipeline then sanitises it). Order matters: block comments out,
// then wpautop for classic content, then shortcodes ([caption], [gallery], [embed], [audio],
// [video]; unknown ones reported, their inner text kept), then the element tree is tidied
// (html-tree.ts) so each top-level block is one Markdown HTML block.
import { tidyHtml } from './html-tree.ts';
import { replaceShortcode, type Shortcode, shortcodeNames } from './shortcodes.ts';
import { wpautop } from './wp-autop.ts';

export interface AttachmentInfo {
  id: string;
  url: string;
  alt: string;
  caption: string;
  parentId: string;
  order: number;
}

export interface ConversionContext {
  attachment(id: string): AttachmentInfo | undefined;
  attachmentsOf(postId: string): AttachmentInfo[];
  postId: string;
}

export interface ConvertedContent {
  html: string;
  /** Shortcodes no rule knows: their tags are gone, their inner text kept; the report lists them. */
  unknownShortcodes: string[];
  /** Dynamic blocks (latest posts, calendar, search…): WordPress drew them at view time, the export has nothing to keep. */
  dynamicBlocks: string[];
  /** Embeds and media players that became links. */
  embedsAsLinks: number;
  /** Image URLs the body refers to (for media import and the missing-media check). */
  imageUrls: string[];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const known = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'audio', 'video', 'playlist']);

export function convertContent(raw: string, context: ConversionContext): ConvertedContent {
  const result: ConvertedContent = { html: '', unknownShortcodes: [], dynamicBlocks: [], embedsAsLinks: 0, imageUrls: [] };
  let text = raw.replace(/\r\n?/g, '\n');
  const isBlockMarkup = /<!--\s+wp:/.test(text);
  text = text.replace(/<!--\s+wp:([a-z0-9/-]+)(\s+\{(?:(?!-->)[\s\S])*?\})?\s+\/-->/g, (_m, name: string) => {
    if (name === 'nextpage') return '<hr>';
    if (name !== 'more') result.dynamicBlocks.push(name);
    return '';
  });
  text = text.replace(/<!--\s+\/?wp:[\s\S]*?-->/g, '').replace(/<!--more(.*?)?-->/g, '').replace(/<!--nextpage-->/g, '<hr>').replace(/<!--noteaser-->/g, '');
  if (!isBlockMarkup) text = wpautop(text);

  // A URL alone on its line is a WordPress auto-embed: it becomes a link a reader can follow.
  text = text.replace(/(^|\n|<p>|<div class="wp-block-embed__wrapper">)\s*(https?:\/\/[^\s<"]+)\s*(?=$|\n|<\/p>|<\/div>)/g, (_m, before: string, url: string) => {
    result.embedsAsLinks++;
    const plain = url.replace(/&amp;/g, '&');
    return `${before}<a href="${escapeHtml(plain)}">${escapeHtml(plain)}</a>`;
  });

  const render: Record<string, (code: Shortcode) => string> = {
    caption: (code) => caption(code),
    wp_caption: (code) => caption(code),
    gallery: (code) => gallery(code, context),
    embed: (code) => {
      result.embedsAsLinks++;
      const url = (code.content ?? '').trim();
      return url.startsWith('<a ') ? url : `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    },
    audio: (code) => mediaLink(code, 'Audio', ['mp3', 'ogg', 'm4a', 'wav']),
    video: (code) => mediaLink(code, 'Video', ['mp4', 'webm', 'ogv', 'm4v', 'mov', 'flv']),
    playlist: (code) => gallery(code, context, 'links'),
  };
  const mediaLink = (code: Shortcode, label: string, keys: string[]) => {
    result.embedsAsLinks++;
    const src = code.attrs.src ?? keys.map((k) => code.attrs[k]).find(Boolean) ?? '';
    return src ? `<p>${label}: <a href="${escapeHtml(src)}">${escapeHtml(src.split('/').pop() ?? src)}</a></p>` : (code.content ?? '');
  };
  // Inner shortcodes first would break [caption]'s own parsing; outer ones render their content, which is converted again.
  for (let pass = 0; pass < 4; pass++) {
    const names = shortcodeNames(text, known);
    if (names.length === 0) break;
    for (const name of names) {
      text = replaceShortcode(text, name, (code) => {
        const handler = render[name];
        if (handler) return handler(code);
        result.unknownShortcodes.push(name);
        return code.content ?? '';
      });
    }
  }
  const tidied = tidyHtml(text);
  result.html = tidied.html;
  result.imageUrls = tidied.imageUrls;
  return result;
}

function caption(code: Shortcode): string {
  const content = (code.content ?? '').trim();
  // [caption]<img …> Caption text[/caption], or the caption in the attribute (older WordPress).
  const media = /^(?:<a [^>]*>\s*)?<img [^>]*>(?:\s*<\/a>)?/i.exec(content);
  const image = media ? media[0] : '';
  const text = (media ? content.slice(image.length) : content).trim() || code.attrs.caption || '';
  return `<figure>${image}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}

function gallery(code: Shortcode, context: ConversionContext, as: 'images' | 'links' = 'images'): string {
  const ids = (code.attrs.ids ?? code.attrs.include ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const exclude = new Set((code.attrs.exclude ?? '').split(',').map((s) => s.trim()));
  const items = ids.length > 0 ? ids.flatMap((id) => context.attachment(id) ?? []) : context.attachmentsOf(code.attrs.id ?? context.postId).filter((a) => !exclude.has(a.id));
  if (as === 'links') return items.map((a) => `<p><a href="${escapeHtml(a.url)}">${escapeHtml(a.caption || a.url.split('/').pop() || a.url)}</a></p>`).join('\n');
  return items.map((a) => `<figure><img src="${escapeHtml(a.url)}" alt="${escapeHtml(a.alt)}">${a.caption ? `<figcaption>${escapeHtml(a.caption)}</figcaption>` : ''}</figure>`).join('\n');
}
