// The admin's stylesheet and its small scripts (the editor's autosave, live preview and slug;
// the editor's copy desk panel; the moderation queue's keyboard shortcuts; the copy button of a one-time link),
// read once and served under content hashes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface AdminAsset {
  path: string;
  body: Buffer;
  contentType: string;
}

export interface AdminAssets {
  css: string;
  editorJs: string;
  moderationJs: string;
  copyDeskJs: string;
  copyLinkJs: string;
  toolbarJs: string;
  editorImagesJs: string;
  list: AdminAsset[];
}

function load(file: string, contentType: string): AdminAsset {
  const body = readFileSync(new URL(`./assets/${file}`, import.meta.url));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const [name, ext] = file.split('.');
  return { path: `/admin/assets/${name}.${hash}.${ext}`, body, contentType };
}

export function loadAdminAssets(): AdminAssets {
  const css = load('admin.css', 'text/css; charset=utf-8');
  const js = load('editor.js', 'text/javascript; charset=utf-8');
  const moderation = load('moderation.js', 'text/javascript; charset=utf-8');
  const copyDesk = load('copy-desk.js', 'text/javascript; charset=utf-8');
  const copyLink = load('copy-link.js', 'text/javascript; charset=utf-8');
  const toolbar = load('markdown-toolbar.js', 'text/javascript; charset=utf-8');
  const images = load('editor-images.js', 'text/javascript; charset=utf-8');
  return { css: css.path, editorJs: js.path, moderationJs: moderation.path, copyDeskJs: copyDesk.path, copyLinkJs: copyLink.path, toolbarJs: toolbar.path, editorImagesJs: images.path, list: [css, js, moderation, copyDesk, copyLink, toolbar, images] };
}
