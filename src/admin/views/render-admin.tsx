// Turns an admin page's JSX into bytes; the same escaping rules as the public site.
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

export function renderAdmin(page: VNode): Buffer {
  return Buffer.from('<!doctype html>' + render(page), 'utf8');
}
